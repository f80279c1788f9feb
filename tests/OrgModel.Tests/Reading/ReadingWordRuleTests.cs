using OrgModel.Reading;
using OrgModel.ReferenceData;

namespace OrgModel.Tests.Reading;

/// <summary>The words the reader's rules name, one sentence each, with what <see cref="DraftReader"/> finds of one kind: the
/// bodies' names whose span a longer name ends ("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "BCH Thành ủy", "Standing
/// Board" before or after a committee, the Front "of the ward", "Party Committees of the Government"), a list of levels that
/// is no one body ("UBND xã, thị trấn"), the decisions' words ("decisions to", "cease to hold", "submits", "their posts", a
/// body warned with a person after "và đồng chí", a tally of organisations), the words that end a name ("Board", "Member", "Of"
/// after "Comrade Tran Cam Tu"), the verbs after which "Trung ương" alone is the Central Committee, "Đảng ủy" in a commune's
/// congress, "the" before a province's name after a local kind, a task's "were assigned to". Written from the survivors of
/// Reading's mutation sample (docs/quality.md, "Reading").</summary>
public class ReadingWordRuleTests
{
    [Theory]
    [InlineData("organisations", "2025-03-05", "Local election committees must report to the National Assembly.", "\"Local election committees\" = Local election committees (scope) at 0+25|\"National Assembly\" = Quốc hội (vn.state.national-assembly) at 45+17")]
    [InlineData("organisations", "2025-01-01", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam họp.", "\"Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 0+47")]
    [InlineData("decisions", "2025-03-05", "The Provincial Party Committee submits a decision to discipline Nguyễn Văn Bôn by expelling him from the Party.", "")]
    [InlineData("decisions", "2025-03-05", "The Politburo decided to relieve Nguyễn Văn Bôn and Trần Văn Tùng from their posts.", "CeaseHoldingPost of Nguyễn Văn Bôn, Trần Văn Tùng: \"relieve Nguyễn Văn Bôn and Trần Văn Tùng from their posts\" at 25+57")]
    [InlineData("decisions", "2025-03-05", "Ban Bí thư đã quyết định cảnh cáo Thành ủy Hà Nội, trong đó có ông Nguyễn Văn Bôn.", "Warning of : \"cảnh cáo\" at 25+8")]
    [InlineData("decisions", "2025-03-05", "Năm 2024, Ủy ban kiểm tra đã thi hành kỷ luật khiển trách 5 tổ chức đảng.", "")]
    [InlineData("decisions", "2025-03-05", "Ban Bí thư quyết định cảnh cáo Ban cán sự đảng TAND tỉnh Kon Tum nhiệm kỳ 2020 - 2025 và đồng chí Đỗ Thị Kim Thư.", "Warning of Đỗ Thị Kim Thư: \"cảnh cáo\" at 22+8")]
    [InlineData("organisations", "2025-03-05", "The Ha Tinh Provincial Party Committee Standing Board met.", "\"Ha Tinh Provincial Party Committee Standing Board\" = Ha Tinh Provincial Party Committee Standing Board at 4+49")]
    [InlineData("organisations", "2025-03-05", "The Standing Board of Ha Tinh Provincial Party Committee met.", "\"Standing Board of Ha Tinh Provincial Party Committee\" = Standing Board of Ha Tinh Provincial Party Committee at 4+52")]
    [InlineData("organisations", "2025-08-05", "The Vietnam Fatherland Front Committee of the ward held a meeting.", "\"Vietnam Fatherland Front Committee of the ward\" = Vietnam Fatherland Front Committee of the ward at 4+46")]
    [InlineData("tasks", "2025-03-05", "The ministries were assigned to review the plan.", "\"ministries\" <- were assigned to: \"review the plan\"")]
    [InlineData("organisations", "2025-03-05", "Party Committees of the Government and the National Assembly must report.", "\"Party Committees of the Government and the National Assembly\" = Party Committees of the Government and the National Assembly (scope) at 0+60")]
    [InlineData("terms", "2025-03-05", "Đại hội Đảng ủy xã Vĩnh An lần thứ XVIII diễn ra.", "\"Đại hội Đảng ủy xã Vĩnh An lần thứ XVIII\" = sitting 18 at 0+40")]
    [InlineData("people", "2025-03-05", "Vice Chairman of the People’s Committee of the Son La province Pham Van Thuy spoke.", "Vice Chairman of the People’s Committee of the Son La province \"Pham Van Thuy\" at 63+13")]
    [InlineData("organisations", "2025-03-05", "UBND xã, thị trấn phải báo cáo.", "")]
    [InlineData("organisations", "2025-03-05", "BCH Thành ủy Đà Nẵng họp.", "\"BCH Thành ủy Đà Nẵng\" = BCH Thành ủy Đà Nẵng at 0+20")]
    [InlineData("organisations", "2025-03-05", "Ban Bí thư Trung ương đã họp.", "\"Ban Bí thư Trung ương\" = Ban Bí thư (vn.party.secretariat) at 0+21")]
    [InlineData("organisations", "2025-03-05", "Ủy ban Tài chính - Ngân sách của Quốc hội đã họp.", "\"Ủy ban Tài chính - Ngân sách của Quốc hội\" = Ủy ban Tài chính - Ngân sách của Quốc hội at 0+41")]
    [InlineData("organisations", "2025-03-05", "Party committees and organisations at all levels must report.", "\"Party committees and organisations at all levels\" = Cấp ủy, tổ chức đảng các cấp (scope) at 0+48")]
    [InlineData("decisions", "2025-03-05", "Mr. Nguyễn Văn Bôn violated regulations. The decisions to reprimand him were signed on March 3.", "Reprimand of Nguyễn Văn Bôn: \"decisions to reprimand\" at 45+22")]
    [InlineData("decisions", "2025-03-05", "Mr. Nguyễn Văn Bôn was allowed to cease to hold the post of Secretary.", "CeaseHoldingPost of Nguyễn Văn Bôn: \"cease to hold\" at 34+13")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Party attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Central attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu State attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu People attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Board attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Members attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Member attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Former attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Deputy attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Vice attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Head attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Bloc attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Office attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu General attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Province attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu City attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Group attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu From attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu And attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Of attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu In attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu On attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu With attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu For attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Was attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("people", "2025-03-05", "Comrade Tran Cam Tu Were attended.", "Comrade \"Tran Cam Tu\" at 8+11")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương đã thông qua Nghị quyết.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương cũng thông qua Nghị quyết.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương sẽ thông qua Nghị quyết.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương đang xem xét Nghị quyết.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương thực hiện quy trình nhân sự.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương thông qua Nghị quyết.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương quyết định thông qua Nghị quyết.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương bầu bổ sung Ủy viên Bộ Chính trị.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10|\"Bộ Chính trị\" = Bộ Chính trị (vn.party.politburo) at 50+12")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương làm rõ nhiều vấn đề.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương tiếp tục thảo luận.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương đồng ý với Tờ trình.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương chấp thuận đề nghị.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương yêu cầu các cấp ủy thực hiện.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10|\"các cấp ủy\" = các cấp ủy (scope) at 38+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương giao Bộ Chính trị chỉ đạo.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10|\"Bộ Chính trị\" = Bộ Chính trị (vn.party.politburo) at 35+12")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương xem xét thi hành kỷ luật.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương thảo luận Tờ trình.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương họp phiên bế mạc.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương cho ý kiến về Tờ trình.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương kết luận về Tờ trình.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương biểu quyết thông qua Nghị quyết.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương thi hành kỷ luật đồng chí.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương nhất trí thông qua Nghị quyết.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương phê duyệt danh sách.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương giới thiệu nhân sự.", "\"Trung ương\" = Ban Chấp hành Trung ương (vn.party.central-committee) at 19+10")]
    [InlineData("organisations", "2025-03-05", "Sau khi thảo luận, Trung ương ban hành Nghị quyết.", "")]
    public void Each_word_of_a_rule_counts(string kind, string date, string text, string expected)
    {
        DraftRecord record = DraftReader.Read(text, Findings.Day(date), VietnamReferenceData.OrgChart);
        IEnumerable<object> found = kind switch
        {
            "organisations" => record.Organisations,
            "people" => record.People,
            "terms" => record.Terms,
            "decisions" => record.Decisions,
            "tasks" => record.Tasks,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of finding"),
        };
        Assert.Equal(expected, string.Join("|", found));
    }
}
