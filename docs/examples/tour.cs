#:project ../../src/OrgModel/OrgModel.csproj
// A tour of OrgModel over its embedded reference data: `dotnet run docs/examples/tour.cs` from the repository root.
// Each capability adds a section as it lands.
using OrgModel.Tenures;

Console.OutputEncoding = System.Text.Encoding.UTF8;
Console.WriteLine("OrgModel tour");
Console.WriteLine("=============");
Console.WriteLine();

Console.WriteLine("Roman numerals of the national Party congresses:");
foreach (string numeral in new[] { "XIII", "xiv" })
{
    Console.WriteLine($"  khóa {numeral,-5} → {RomanNumeral.Parse(numeral)}");
}

Console.WriteLine($"  14 → {RomanNumeral.Format(14)}");
Console.WriteLine($"  \"IIII\" is rejected: {!RomanNumeral.TryParse("IIII", out _)}");
