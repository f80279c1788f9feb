namespace OrgModel.Tests.Reading;

/// <summary>The rule of the hundred-and-eighty-third pass (docs/reading.md): a task cue assigns work only where it is the verb
/// or the modal that asks for it; spelled alike, it may be a syllable of another word ("giao ban", "giao thông", "chuyển giao",
/// "ngoại giao"), a clause on work given before ("chỉ tiêu huyện giao", "nhiệm vụ được giao", "the tasks assigned by …"), a
/// noun or an adjective ("the need to", "the request", "the assigned tasks"), the chair of a meeting ("chaired and directed the
/// meeting"), a name ("Hoang Xuan Giao") or, for "is to", an aim ("The goal is to …"). Sentences of the development sets'
/// sources; every case of the first theory failed before the pass, the second theory's cases are guards.</summary>
public class TaskCueSensesRulesTests
{
    [Theory]
    // Development set 145 (dir 144, vi-05): "giao ban", a briefing.
    [InlineData("Sáng 30-1, Đảng ủy xã Hưng Long (TPHCM) tổ chức Hội nghị giao ban định kỳ tháng 1-2026 với các Bí thư chi bộ ấp nhằm kịp thời nắm bắt tình hình cơ sở và tháo gỡ những khó khăn, vướng mắc phát sinh.", "2026-01-30")]
    // Development set 151 (dir 150, vi-03): "chuyển giao", a transfer.
    [InlineData("Ngày 30/6, tại trụ sở Tỉnh ủy, Ban Tổ chức Tỉnh ủy tổ chức hội nghị chuyển giao, tiếp nhận tổ chức đảng và đảng viên từ Đảng bộ tỉnh Hưng Yên (cũ) và Đảng bộ tỉnh Thái Bình về Đảng bộ tỉnh Hưng Yên.", "2025-06-30")]
    // Development set 34 (dir 33, vi-02): "ngoại giao", diplomacy.
    [InlineData("Thay mặt Ủy ban Thường vụ Quốc hội, tôi nhiệt liệt chào mừng các vị đại biểu Quốc hội, các vị khách quý, đại diện các cơ quan ngoại giao, các tổ chức quốc tế đã đến dự phiên khai mạc Kỳ họp.", "2022-10-20")]
    // Development set 58 (dir 57, vi-03): "bàn giao", a handover.
    [InlineData("Trong thời hạn 20 ngày kể từ ngày nhận được bản kê khai tài sản, thu nhập, đơn vị phụ trách công tác tổ chức cán bộ rà soát, kiểm tra bản kê khai và bàn giao 1 bản kê khai cho Thanh tra tỉnh (trường hợp thuộc thẩm quyền kiểm soát tài sản, thu nhập của Thanh tra tỉnh).", "2023-11-30")]
    // Development set 133 (dir 132, vi-01): targets the district gave, "giao" with nothing after it.
    [InlineData("Lĩnh vực văn hóa - xã hội cơ bản ổn định, đạt theo các chỉ tiêu huyện giao.", "2022-08-06")]
    // Development set 15 (dir 14, vi-06): the same, at the end of a sentence.
    [InlineData("Thủ tướng nhìn nhận, trước kết quả 9 tháng qua thì nhiều khả năng đây là sẽ năm đầu tiên sau nhiều năm chúng ta hoàn thành tất cả 13 chỉ tiêu Quốc hội giao.", "2017-10-03")]
    // Development set 52 (dir 51, vi-03): "nhiệm vụ được giao", the tasks one holds.
    [InlineData("Bị can Vũ Trọng Lương đã lợi dụng chức trách, nhiệm vụ được giao, trực tiếp nâng điểm cho 107 thí sinh với tổng số 309 bài thi.", "2019-09-17")]
    // Development set 106 (dir 105, en-01): "the assigned tasks", an adjective.
    [InlineData("According to the report of the Central Organizing Committee, in the third quarter of 2024, the entire Party Organization and Building sector actively implemented and basically completed the assigned tasks.", "2024-10-02")]
    // Development set 162 (dir 161, en-01): "the request", a noun.
    [InlineData("The PM made the request at a working session with President of the VFF Central Committee Tran Thanh Man on February 18.", "2020-02-18")]
    // Development set 19 (dir 18, en-02): "The goal is to", an aim.
    [InlineData("The goal is to wrap up site clearance by 2025 or earlier, as set by the National Assembly, he said.", "2020-04-09")]
    // Development set 129 (dir 128, en-05): "Giao" inside a name.
    [InlineData("Hoang Xuan Giao, Secretary of the provincial HCYU Committee, pledged that the delegation will uphold a sense of responsibility, actively participate in discussions and contribute opinions to the congress's contents.", "2022-12-12")]
    // Development set 101 (dir 100, en-04): "the tasks assigned by the congress", work given before.
    [InlineData("Speaking before the election of the 27th term of the District Party Committee, comrade Nguyen Viet Hung - Secretary of the District Party Committee, Chairman of the District People's Council assessed that the 26th term of the Yen Thanh District Party Committee, 2015-2020 term, has basically completed the tasks assigned by the 26th District Party Congress.", "2020-05-18")]
    // Development set 128 (dir 127, en-05): "chaired and directed the regular meeting", the chair.
    [InlineData("On the morning of December 25, Comrade Nguyen Duc Trung - Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee chaired and directed the regular meeting of the Provincial People's Committee to listen to, evaluate and discuss the economic situation in December and 2024, plans and tasks for the first quarter of 2025 and many other important contents.", "2024-12-25")]
    // Development set 16 (dir 15, en-03): "the need to", a noun.
    [InlineData("The PM stressed the need to effectively curb the pandemic so as to safely organise the upcoming national elections of deputies to the 15th National Assembly and all-level People’s Councils for the 2021-2026 tenure.", "2021-05-01")]
    public void A_word_spelled_like_a_cue_assigns_nothing(string text, string date) =>
        Assert.Empty(Findings.Record(text, Findings.Day(date)).Tasks);

    [Theory]
    // Development set 22 (dir 21, vi-02): "giao Ban Thường vụ", a board.
    [InlineData("Hôm 11/8, Thường trực Tỉnh ủy Thanh Hóa giao Ban Thường vụ Huyện ủy Nông Cống chỉ đạo cơ quan chức năng khẩn trương làm rõ vụ việc nêu trên.", "2021-08-14", "giao")]
    // Development set 7 (dir 6, vi-06): the board written in lower case after "giao" is no briefing (the sentence shortened: the regulations it cites left out).
    [InlineData("Về vấn đề đánh giá đối với cán bộ lãnh đạo, quản lý các cấp, căn cứ các quy định hiện hành, giao ban thường vụ các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương (các Đảng ủy: Các cơ quan Đảng Trung ương; Chính phủ; Quốc hội).", "2025-10-16", "giao")]
    // Development set 90 (dir 89, vi-01): "được giao" after a body.
    [InlineData("Ban Tổ chức Trung ương được giao chủ trì với Ban Tuyên giáo và Dân vận Trung ương, Đảng ủy Công an Trung ương tham mưu mẫu thẻ đảng viên mới.", "2025-08-13", "được giao")]
    // Development set 76 (dir 75, en-02): a modal after "These" asks for work.
    [InlineData("These must be completed by June 25.", "2025-06-21", "must")]
    // Development set 50 (dir 49, en-05): "The assigned the agencies" (a name dropped): an object follows, the verb.
    [InlineData("For the high-voltage power system, The assigned the agencies to work with the National Power Transmission Corporation to finish the relocation no later than June next year.", "2020-12-09", "assigned")]
    // Development set 45 (dir 44, en-04): the verb with its object.
    [InlineData("The Government leader assigned tasks to ministries and agencies, urging them to continue to drastically and concertedly implement tasks and targets set for 2023 in the Government's Resolution 01.", "2023-03-03", "assigned")]
    // Development set 28 (dir 27, en-05): "is also assigned to", a passive with its auxiliary.
    [InlineData("In addition, the Department of Finance is also assigned to preside over and coordinate with departments, branches and localities to synthesize and report on the progress of non-budgetary investment projects in the area.", "2025-06-15", "assigned")]
    // Development set 18 (dir 17, en-06): "is to" right after a body (the text defines "MoF" earlier; here it is written out).
    [InlineData("The Ministry of Finance is to coordinate with relevant agencies and localities to review results and report to the Prime Minister before October 10.", "2025-10-01", "is to")]
    public void A_cue_that_assigns_stays(string text, string date, string cue) =>
        Assert.Equal(cue, Assert.Single(Findings.Record(text, Findings.Day(date)).Tasks).Cue);
}
