using System.Xml.Linq;
using OrgModel.Tenures;

namespace OrgModel.Tests.Conventions;

/// <summary>The default-value policy: the XML docs of every public struct say what its <c>default</c> is (valid, or
/// refused by constructors and JSON writers), so that a caller never has to find out by serializing one.</summary>
public class DefaultValueDocsTests
{
    private static readonly XDocument Docs = XDocument.Load(Path.ChangeExtension(typeof(RomanNumeral).Assembly.Location, ".xml"));

    public static TheoryData<string> PublicStructs() =>
        [.. typeof(RomanNumeral).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && !t.IsEnum && !typeof(System.Collections.IEnumerator).IsAssignableFrom(t))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PublicStructs))]
    public void Each_public_struct_documents_its_default(string typeName)
    {
        XElement? member = Docs.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == "T:" + typeName);
        Assert.NotNull(member);
        string text = string.Concat(member.Descendants().Where(e => e.Name == "c").Select(e => e.Value + " "));
        Assert.True(text.Contains("default", StringComparison.Ordinal), $"The docs of {typeName} do not say what <c>default</c> is.");
    }
}
