using OrgModel.Tenures;

// Results computed by the packaged library; CI checks the marker text.
Console.WriteLine($"khóa XIV = {RomanNumeral.Parse("XIV")} (computed by OrgModel)");
