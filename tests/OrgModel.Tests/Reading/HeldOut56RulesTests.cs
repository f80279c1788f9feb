using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the sixty-eighth pass (docs/reading.md), with sentences of held-out set 56's sources (cut to the clause a
/// rule reads) and the cases each rule must leave alone. Every case the pass reads failed on main at 0253c21, before it; the cases
/// left alone pass there too.</summary>
public class HeldOut56RulesTests
{
    private static readonly LocalDate Date2012 = new(2012, 2, 22);
    private static readonly LocalDate Date2013 = new(2013, 7, 26);
    private static readonly LocalDate Date2018 = new(2018, 5, 8);
    private static readonly LocalDate Date2020 = new(2020, 10, 16);

    private const string TienLang = "Cụ thể, đối với tập thể Ban Thường vụ Huyện ủy Tiên Lãng: kỷ luật cảnh cáo; đối với Bí thư Huyện ủy Bùi Thế Nghĩa: kỷ luật cảnh cáo; đối với Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lê Văn Hiền: kỷ luật cách chức Huyện ủy viên, đề nghị cách chức Chủ tịch huyện; đối với Phó Chủ tịch UBND huyện Nguyễn Văn Khanh: kỷ luật cách chức Huyện ủy viên, đề nghị cách chức Phó Chủ tịch huyện; đối với Chỉ huy trưởng Ban chỉ huy quân sự huyện Hoàng Đăng Chinh: kỷ luật cảnh cáo; đối với Trưởng Công an huyện Lê Văn Mải: kỷ luật cảnh cáo.";

    // After "huyện", a person's name is the holder of the post and the body its kind alone; a district the reference data holds
    // by a person's name stays the place (baomoi.net.vn, 2021-07-02: "Bí thư Huyện ủy Trần Văn Thời", Cà Mau).
    [Theory]
    [InlineData("đối với Bí thư Huyện ủy Bùi Thế Nghĩa: kỷ luật cảnh cáo;", 2012, "Huyện ủy = -", "Bùi Thế Nghĩa")]
    [InlineData("đối với Chỉ huy trưởng Ban chỉ huy quân sự huyện Hoàng Đăng Chinh: kỷ luật cảnh cáo;", 2012, "Ban chỉ huy quân sự huyện = -", "Hoàng Đăng Chinh")]
    [InlineData("đối với Trưởng Công an huyện Lê Văn Mải: kỷ luật cảnh cáo.", 2012, "Công an huyện = -", "Lê Văn Mải")]
    [InlineData("Các Phó chủ tịch HĐND tỉnh Cà Mau là ông Dương Huỳnh Khải (tái đắc cử) và bà Lê Thị Nhung (Bí thư Huyện ủy Trần Văn Thời).", 2021, "Huyện ủy Trần Văn Thời = -", "Dương Huỳnh Khải|Lê Thị Nhung")]
    public void The_holder_after_huyen_is_no_place(string text, int year, string body, string people)
    {
        Assert.Contains(body, Findings.Organisations(text, year == 2012 ? Date2012 : new LocalDate(2021, 7, 2)).Split('|'));
        Assert.Equal(people, Findings.People(text));
    }

    // "đối với <whom>: <form>; …": each form is given to those named before its colon, and to no one else; a proposal before a
    // semicolon is another item's.
    [Fact]
    public void Each_item_of_a_list_of_whom_has_its_own_form() =>
        Assert.Equal("Warning: |Warning: Bùi Thế Nghĩa|RemovalFromPost: Lê Văn Hiền|RemovalFromPost: Nguyễn Văn Khanh|Warning: Hoàng Đăng Chinh|Warning: Lê Văn Mải",
            Findings.Decisions(TienLang));

    // "Nguyên" as the last word of a name, before no capitalised word, is the name's.
    [Theory]
    [InlineData("miễn nhiệm chức danh Chủ tịch UBND huyện đối với ông Nguyễn Văn Quang và chức danh phó Chủ tịch UBND huyện đối với ông Đỗ Khôi Nguyên.", "Nguyễn Văn Quang|Đỗ Khôi Nguyên")]
    [InlineData("Ông Trần Văn Chiến - Phó bí thư huyện ủy, ông Nguyễn Văn Quang - nguyên Chủ tịch UBND huyện", "Trần Văn Chiến|Nguyễn Văn Quang")]
    public void Nguyen_ending_a_name_is_the_name_s(string text, string people) =>
        Assert.Equal(people, Findings.People(text));

    // A district's committee in lower case after its secretary's post.
    [Fact]
    public void A_lower_case_committee_after_its_secretary_s_post() =>
        Assert.Equal("huyện ủy = -|huyện ủy = -|huyện ủy = -", Findings.Organisations(
            "nguyên Bí thư huyện ủy, ông Cao Văn Quang - Bí thư huyện ủy, ông Vũ Thanh Tùng - Phó bí thư thường trực huyện ủy - Chủ tịch", Date2018));

    // "and reprimands Mr. A and Mr. B": the form of its own, given to the people right after it.
    [Fact]
    public void A_reprimand_after_a_warning_is_a_decision_of_its_own() =>
        Assert.Equal("Warning: Do Chieu Quy|Reprimand: Nguyen Tuan Kiet, Nguyen Phong Linh", Findings.Decisions(
            "Accordingly, the Hau Giang Party Committee gives a warning to Mr. Do Chieu Quy, a member of the Hau Giang Provincial Party Committee, director of the local Department of Information and Communications and reprimands Mr. Nguyen Tuan Kiet and Mr. Nguyen Phong Linh, deputy directors of the Department of Information and Communications."));

    // An office or a department of a local Party committee, an anti-corruption steering board, a province's Youth Union: bodies
    // the chart does not hold; the committee named alone keeps its id.
    [Theory]
    [InlineData("Head of the Organizing Committee of the Hai Duong Party Committee;", "Organizing Committee of the Hai Duong Party Committee = -")]
    [InlineData("Deputy Chief of the Office of the Ha Tinh Provincial Party Committee; Secretary of the Ha Tinh Provincial Youth Union;", "Office of the Ha Tinh Provincial Party Committee = -|Ha Tinh Provincial Youth Union = -")]
    [InlineData("Head of Propaganda Department of Ha Tinh Provincial Party Committee (2014-2019);", "Propaganda Department of Ha Tinh Provincial Party Committee = -")]
    [InlineData("Permanent Deputy Secretary of the Ha Tinh Provincial Party Committee (February 2019 to October 2020).", "Ha Tinh Provincial Party Committee = vn.au.2025-01.42.party-committee")]
    public void Departments_of_a_local_committee(string text, string expected) =>
        Assert.Equal(expected, Findings.Organisations(text, Date2020));

    [Fact]
    public void An_anti_corruption_steering_board() =>
        Assert.Equal("Anti-Corruption Steering Board = -", Findings.Organisations(
            "Several officials of the southern province of Hau Giang, including Mr. Nguyen Van Thang, former deputy chief of the Anti-Corruption Steering Board, have been disciplined", Date2013).Split('|')[0]);
}
