namespace OrgModel.Tests.Reading;

/// <summary>The rule of the hundred-and-forty-sixth pass (docs/reading.md) on the names a title for several introduces with
/// "include", with a sentence of held-out set 26's sources (`HeldOut26/`). The case read failed before the pass, but the guard,
/// which passed both ways.</summary>
public class NamesAfterIncludeRulesTests
{
    private const string Binhduong = "At the first session of the Executive Board of the 13th  Vietnam General Confederation of Labor (VGCL), Nguyen Dinh Khang was re-elected as Chairman of the VGCL. Vice Presidents of the VGCL for the 2023-2028 tenure include Phan Van Anh, Ngo Duy Hieu, Thai Thu Xuong, Huynh Thanh Xuan, Nguyen Xuan Hung. Nguyen Minh Dung, Member of the Presidium was elected as Chairman of the Inspection Committee of the 13th VGCL.";

    // baobinhduong.vn (held-out set 26): every name of the list after "include".
    [Fact]
    public void Every_name_after_include()
    {
        string[] people = Findings.People(Binhduong).Split('|');
        Assert.All(new[] { "Phan Van Anh", "Ngo Duy Hieu", "Thai Thu Xuong", "Huynh Thanh Xuan", "Nguyen Xuan Hung" }, name => Assert.Contains(name, people));
    }

    // baobinhduong.vn (held-out set 26): the name after "as Chairman of the VGCL" is not the list's; no name is read twice.
    [Fact]
    public void No_name_twice()
    {
        string[] people = Findings.People(Binhduong).Split('|');
        Assert.Equal(people.Length, people.Distinct().Count());
    }
}
