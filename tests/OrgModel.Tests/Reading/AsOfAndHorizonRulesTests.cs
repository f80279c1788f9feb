namespace OrgModel.Tests.Reading;

/// <summary>The rules of the hundred-and-seventy-third pass (docs/reading.md), from the development sets: dates that say what a
/// report covers, when a meeting was held, where things stood on a day or how far a plan looks, which the labels do not take as
/// deadlines, with the labelled cases beside them that stay deadlines. Every "not a deadline" case was read as one before the
/// pass.</summary>
public class AsOfAndHorizonRulesTests
{
    [Theory]
    // Development sets 128, 63 and 128 (dirs 127, 62 and 127): the month a report covers, and a meeting already held.
    [InlineData("On the morning of December 25, Comrade Nguyen Duc Trung - Secretary of the Provincial Party Committee, Chairman of the Provincial People's Committee chaired and directed the regular meeting of the Provincial People's Committee to listen to, evaluate and discuss the economic situation in December and 2024, plans and tasks for the first quarter of 2025 and",
        "2024-12-25", "in December")]
    [InlineData("the People's Committee of Lang Son province held a regular meeting in August (2nd session) chaired by Mr. Ho Tien Thieu, Chairman of the Provincial People's Committee.\nAt the meeting, delegates listened to and gave opinions on the draft Decision",
        "2025-08-20", "in August")]
    [InlineData("the Standing Committee of the Provincial People's Council held a regular meeting in October to evaluate the results of October's work and key tasks for November 2024.",
        "2024-10-28", "in October")]
    // Development sets 28, 34 and 49 (dirs 27, 33 and 48): a day opening a clause, a comma after it: where things stood.
    [InlineData("Đến ngày 27/3/2020, toàn tỉnh có 159/1447 (= 11%) tổ chức cơ sở đảng đã đại hội xong", "2020-03-27", "Đến ngày 27/3/2020")]
    [InlineData("yêu cầu các bộ, ngành, địa phương báo cáo trước 17h00 ngày 22/9/2025. Tuy nhiên, đến ngày 23/9/2025, Bộ Nội vụ vẫn chưa nhận được báo cáo từ các đơn vị này.",
        "2025-09-23", "đến ngày 23/9/2025")]
    [InlineData("Theo tổng hợp của Tỉnh đoàn, đến ngày 22.4, toàn tỉnh có 495/629 cơ sở đoàn tiến hành tổ chức đại hội đại biểu Đoàn TNCS Hồ Chí Minh nhiệm kỳ 2017 – 2019.",
        "2017-04-22", "đến ngày 22.4")]
    // Development sets 9, 138 and 120 (dirs 8, 137 and 119): the horizon of a plan's or a goal's name.
    [InlineData("Ban Chấp hành Trung ương Đảng làm việc tại tổ, thảo luận về Báo cáo tổng kết 10 năm thực hiện Nghị quyết Trung ương 4 khoá X về Chiến lược biển Việt Nam đến năm 2020.",
        "2018-10-04", "đến năm 2020")]
    [InlineData("tổng kết 10 năm thực hiện Chiến lược quốc gia phòng, chống tội phạm giai đoạn 2016-–2025 và định hướng đến năm 2030, thời gian qua, các lực lượng chức năng trên địa bàn tỉnh đã điều tra",
        "2025-07-21", "đến năm 2030")]
    [InlineData("khát vọng xây dựng và phát triển Thanh Hóa đến năm 2025 trở thành một cực tăng trưởng mới ở phía Bắc của Tổ quốc, đến năm 2030 trở thành tỉnh công nghiệp theo hướng hiện đại”",
        "2022-07-12", "đến năm 2025")]
    public void Not_a_deadline(string text, string date, string phrase) =>
        Assert.DoesNotContain(Findings.Deadlines(text, Findings.Day(date)).Split('|'), key => key.StartsWith(phrase + " = ", StringComparison.Ordinal));

    // Guards, labelled as deadlines: a meeting ahead, a day that opens no clause ("từ nay đến", "để đến"), a year after a verb of
    // doing (development sets 69, 43, 39 and 20; dirs 68, 42, 38 and 19).
    [Theory]
    [InlineData("The Office of the Provincial People's Committee monitors and urges units to report and prepare a draft report on the situation of socio-economic development, national defense and security for 9 months, orientations and tasks in the last months of 2021 to approve the Provincial People's Committee's regular meeting in September 2021.", "2021-09-06",
        "in September 2021 = in 2021-09")]
    [InlineData("Giám đốc Sở Nội vụ Nguyễn Viết Hưng đề nghị từ nay đến ngày 15/03/2026, các Sở, ngành, địa phương quan tâm quyết liệt cho công tác tuyên truyền", "2026-02-27",
        "đến ngày 15/03/2026 = on or before 2026-03-15")]
    [InlineData("chúng ta sẽ hoàn thành toàn bộ việc sắp xếp đơn vị hành chính cấp xã trước ngày 30/6 để đến ngày 1/7, các đơn vị hành chính cấp xã được vận hành theo tổ chức mới.", "2025-03-24",
        "đến ngày 1/7 = on or before 2025-07-01")]
    [InlineData("thực hiện Chương trình MTQG xây dựng nông thôn mới và phương hướng, nhiệm vụ thực hiện đến năm 2020, cụ thể như sau:", "2018-06-25",
        "đến năm 2020 = by the end of 2020")]
    public void Still_a_deadline(string text, string date, string key) =>
        Assert.Contains(key, Findings.Deadlines(text, Findings.Day(date)).Split('|'));
}
