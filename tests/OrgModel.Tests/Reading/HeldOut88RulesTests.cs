namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-nineteenth pass (docs/reading.md), with sentences of held-out set 88's sources (`HeldOut88/`,
/// development set 89 since). Every case read failed on the tree of the set's measurement, before the pass, but the ones that say
/// what stays as it was.</summary>
public class HeldOut88RulesTests
{
    // einpresswire.com (VNS): a passive form with "also" between, of a list after "including" or of names before it.
    [Theory]
    [InlineData("A number of Đà Nẵng officials were also reprimanded, including Lê Trung Chinh, Vice Secretary of the municipal Party Committee; Huỳnh Đức Thơ, former Vice Secretary of the municipal Party Committee; and Nguyễn Văn Phụng, member of the municipal Party Committee.",
        "Reprimand: Lê Trung Chinh, Huỳnh Đức Thơ, Nguyễn Văn Phụng")]
    [InlineData("Le Trung Chinh and Nguyen Van Phung were also reprimanded.", "Reprimand: Le Trung Chinh, Nguyen Van Phung")]
    // Guard: one unnamed (development set 47's en-01).
    [InlineData("The department’s deputy head was also reprimanded as he led that official visit.", "")]
    public void A_passive_form_with_also_is_of_the_people_named(string text, string expected) =>
        Assert.Equal(expected, Findings.Decisions(text));

    // baonghean.vn, soha.vn: a form said of a count of people, naming none, tallies or announces.
    [Theory]
    [InlineData("Hà Tĩnh: Khai trừ Đảng 1 chủ tịch huyện, cách chức 5 chủ tịch xã")]
    [InlineData("Trong số đảng viên bị thi hành kỷ luật năm 2018 ở Hà Tĩnh có 19 trường hợp bị xử lý pháp luật phải khai trừ ra khỏi Đảng, trong đó có 1 chủ tịch UBND huyện; 5 chủ tịch UBND xã, 1 Trưởng phòng Tài nguyên và Môi trường huyện có vi phạm trong quản lý đất đai bị cách chức.")]
    [InlineData("Đà Nẵng: Nguyên chủ tịch xã và 3 cựu cán bộ huyện bị khai trừ Đảng")]
    [InlineData("Tại kỳ họp, đã xem xét, thi hành kỷ luật bằng hình thức khai trừ theo quy định của Đảng đối với các đảng viên vi phạm pháp luật, bị tuyên phạt tại các bản án của tòa án nhân dân các cấp.")]
    public void A_form_of_a_count_of_people_is_no_decision(string text) =>
        Assert.Equal(string.Empty, Findings.Decisions(text));

    // Guard: the cases a body decided on are its decision's object (development set 6).
    [Fact]
    public void The_cases_a_body_decided_on_stay_a_decision() => Assert.Equal(
        "Reprimand: |Expulsion: ",
        Findings.Decisions("Ủy ban Kiểm tra Trung ương quyết định giữ nguyên hình thức kỷ luật khiển trách đối với 2 trường hợp, quyết định giữ nguyên hình thức khai trừ khỏi Đảng đối với 2 trường hợp."));

    // soha.vn: the list "gồm:" opens goes on in the sentence after it, which opens with "Ông" and the next person.
    [Fact]
    public void A_list_goes_on_after_its_sentence() => Assert.Equal(
        "Expulsion: Huỳnh Thị Mỹ Dung, Võ Hồng Hải",
        Findings.Decisions("4 cựu cán bộ bị khai trừ Đảng, gồm: bà Huỳnh Thị Mỹ Dung, đảng viên Chi bộ thôn Sâm Linh Tây, nguyên Chủ tịch UBND xã Tam Quang.\n\nÔng Võ Hồng Hải, đảng viên Chi bộ thôn Đại Phú, nguyên Giám đốc Trung tâm y tế huyện Đại Lộc."));

    // baonghean.vn: a district's chairman by "huyện" alone; "Yên Định" a district the reference data holds ("Định" folds as "Đinh").
    [Theory]
    [InlineData("Hàng loạt cán bộ trong đó có Chủ tịch huyện Kỳ Anh Nguyễn Văn Bổng vướng vòng lao lý vì liên quan đến vi phạm trong quản lý đất đai.", "Nguyễn Văn Bổng")]
    [InlineData("Bí thư huyện Yên Định Trần Văn An phát biểu.", "Trần Văn An")]
    // Guard: no name after the district.
    [InlineData("Chủ tịch huyện Kỳ Anh dự hội nghị.", "")]
    public void A_post_by_its_unit_word_alone_then_the_name(string text, string expected) =>
        Assert.Equal(expected, Findings.People(text));

    // einpresswire.com (VNS): a dateline's city is where the news was written; the city the text is about gives its committee.
    [Fact]
    public void A_dateline_is_not_the_city_the_text_is_about() => Assert.Contains(
        "municipal Party Committee = vn.au.2025-01.48.party-committee",
        Findings.OrganisationKeys("HÀ NỘI — The Inspection Commission of the Party Central Committee reprimanded the Party delegation to the People’s Committee of central Đà Nẵng City.\n\nA number of Đà Nẵng officials were also reprimanded, including Lê Trung Chinh, Vice Secretary of the municipal Party Committee.", Findings.Day("2022-10-21")).Split('|'));

    // soha.vn (the hundred-and-twentieth pass): a village's Party cell with the village's name or number, as development sets 39 and
    // 67 label it; "Chi bộ" alone stays the cell by its kind.
    [Theory]
    [InlineData("Bà Huỳnh Thị Mỹ Dung, đảng viên Chi bộ thôn Sâm Linh Tây thuộc Đảng bộ xã Núi Thành.", "Chi bộ thôn Sâm Linh Tây = -")]
    [InlineData("Ông Võ Hồng Hải, đảng viên Chi bộ thôn 2, nguyên Bí thư Chi bộ.", "Chi bộ thôn 2 = -")]
    [InlineData("Chi bộ đã họp và thống nhất đề nghị.", "Chi bộ = -")]
    public void A_village_cell_is_read_with_its_village(string text, string expected) =>
        Assert.Contains(expected, Findings.OrganisationKeys(text, Findings.Day("2025-09-07")).Split('|'));
}
