using OrgModel.Tests.Conventions;

namespace OrgModel.Tests.Tenures;

/// <summary>Every parser of <c>OrgModel.Tenures</c> reports a failure with a reason and a position inside the text, the same in <c>Parse</c>'s message, never after the first character no valid text holds.</summary>
public sealed class ParseErrorTests
{
    [Fact]
    public void A_failed_parse_says_where_and_why() => ParseErrorRule.Check("OrgModel.Tenures", minimumTypes: 2);
}
