using NodaTime;

namespace OrgModel.Tests.Reading;

/// <summary>The rules of the sixty-fifth pass (docs/reading.md, and the shared labelling rule on words of urgency), with sentences
/// of the development sets' sources (cut to the clause a rule reads) and the cases each rule must leave alone. Every case the pass
/// reads failed on main at bd40188, before it; the cases left alone pass there too.</summary>
public class UrgencyWordRulesTests
{
    // "sớm" (soon) before the verb of an instruction, at the head of its clause or after the addressee of a word of asking.
    [Theory]
    [InlineData("Thủ tướng Phạm Minh Chính vừa ký Công điện số 204 ngày 30-10 về việc tiếp tục triển khai đồng bộ, có hiệu quả biện pháp ứng phó, khẩn trương khắc phục nhanh hậu quả mưa lũ, sớm ổn định đời sống nhân dân, khôi phục sản xuất, kinh doanh tại khu vực Trung Bộ.", 2025, 10, 31, "khẩn trương = immediately|sớm = immediately")]
    [InlineData("Đối với các đề án còn nhiều vướng mắc, cần có thêm thời gian để nghiên cứu, nhất là các đề án đã quá thời hạn trình nhưng chưa trình, đề nghị các Bộ, địa phương sớm có văn bản báo cáo Thủ tướng Chính phủ xem xét, cho ý kiến về việc lùi, giãn thời gian trình hoặc rút nhiệm vụ đó ra khỏi Chương trình công tác năm 2023 theo quy định./.", 2023, 11, 20, "sớm = immediately")]
    [InlineData("Riêng đối với xã Tân Hạnh được tỉnh chọn tổ chức đại hội điểm để chỉ đạo đại hội cấp cơ sở, Huyện ủy Long Hồ đã chỉ đạo xã sớm hoàn chỉnh dự thảo báo cáo chính trị, báo cáo kiểm điểm của cấp ủy để trình đại hội.", 2020, 2, 25, "sớm = immediately")]
    [InlineData("Thường trực Ban Bí thư Trần Cẩm Tú đề nghị các tổ biên tập tiếp thu tối đa ý kiến góp ý của các thành viên Ban Chỉ đạo, các cơ quan, đơn vị tham dự, sớm hoàn thiện các dự thảo trên, báo cáo Bộ Chính trị cho ý kiến để trình Hội nghị Ban Chấp hành Trung ương Đảng lần thứ 14./.", 2025, 10, 22, "sớm = immediately")]
    public void Som_before_the_verb_of_an_instruction_is_at_once(string text, int year, int month, int day, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, new LocalDate(year, month, day)));

    // Not "sớm hơn" (earlier than), "nhằm sớm …" (a purpose), a slogan's items, "sớm nhất", nor "phát hiện sớm" (after its verb).
    [Theory]
    [InlineData("Đến ngày 20-8-2020, Đảng bộ tỉnh Gia Lai có 21/21 đảng bộ trực thuộc Tỉnh ủy đã hoàn thành đại hội đảng bộ cấp huyện, sớm hơn so với tiến độ yêu cầu tại Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 248-KH/TU của Ban Thường vụ Tỉnh ủy .", 2020, 9, 4)]
    [InlineData("Tiếp tục chủ động, huy động, bố trí các nguồn lực, phối hợp chặt chẽ nhanh chóng khắc phục thiệt hại do thiên tai gây ra theo chỉ đạo của Trung ương, của tỉnh nhằm sớm phục hồi sản xuất và ổn định cuộc sống của người dân.", 2020, 12, 2)]
    [InlineData("3 công khai (mục tiêu- tiến độ- kết quả);3 sớm (sớm hoàn thiện thể chế- sớm khởi động dự án trọng điểm- sớm bố trí vốn) và 5 rõ (rõ việc, rõ người, rõ trách nhiệm, rõ thời gian, rõ kết quả)", 2025, 9, 16)]
    [InlineData("mở rộng xét nghiệm, phát hiện sớm ca lây nhiễm để khoanh vùng", 2021, 2, 10)]
    public void Som_elsewhere_is_no_deadline(string text, int year, int month, int day) =>
        Assert.Equal(string.Empty, Findings.Deadlines(text, new LocalDate(year, month, day)));

    // An adjective of urgency on the action a verb of asking or doing asks for.
    [Theory]
    [InlineData("Party General Secretary Nguyen Phu Trong has requested prompt examination of news stories run by several newspapers regarding Deputy Minister of Industry and Trade Ho Thi Kim Thoa.", 2017, 2, 16, "prompt = immediately")]
    [InlineData("The committee required prompt inspection, clarification of the cause and responsibility, and strict handling of organisations and individuals with violations at nine big loss-making projects.", 2017, 7, 31, "prompt = immediately")]
    [InlineData("He requested the prompt completion and operation of a field hospital for COVID-19 treatment in Me Linh district that is expected to meet level 3 under the city’s epidemic prevention and control plan.", 2020, 3, 25, "prompt = immediately")]
    [InlineData("The Commission asked the Party Committee of the Central Business Bloc to take quick disciplinary action against the PVN Party Committee’s Standing Board.", 2017, 4, 28, "quick = immediately")]
    [InlineData("Governmental officials need to take immediate action to prove their qualities.", 2016, 8, 2, "immediate = immediately")]
    [InlineData("According to the dispatch, Chairman of the Binh Duong Provincial People’s Committee, Vo Van Minh, directed an urgent review and resolution of pending dossiers before July 1st, 2025, to ensure timely processing and minimize disruptions and potential issues arising from the reorganization.", 2025, 6, 12, "urgent = immediately|before July 1st, 2025 = on or before 2025-07-01")]
    [InlineData("It also requested relevant agencies to impose timely administrative disciplinary measures that match the Party's disciplinary measures.", 2024, 4, 9, "timely = immediately")]
    [InlineData("- Ministers, heads of ministerial-level agencies, agencies under the Government, Chairmen of People's Committees of provinces and centrally-run cities direct the immediate implementation of: + To review and compile statistics on all backlog projects", 2024, 11, 7, "immediate = immediately")]
    [InlineData("Addressing the event, Prime Minister Pham underlined the importance of public investment capital for achieving this year's GDP growth, urging the central working groups to continue inspection tours to timely detect", 2024, 7, 16, "timely = immediately")]
    public void An_urgent_action_asked_for_is_at_once(string text, int year, int month, int day, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, new LocalDate(year, month, day)));

    // A quality of a thing, a document's kind, work described, a purpose: no deadline.
    [Theory]
    [InlineData("684/TTg-TH dated June 17, 2025 assigning Deputy Prime Ministers to direct the implementation of a number of key and urgent tasks.", 2025, 6, 18)]
    [InlineData("On June 11th, representatives of the Office of the People’s Committee of Binh Duong Province announced that the Chairman of the Provincial People’s Committee had signed an urgent dispatch to departments, branches, People’s Committees of districts", 2025, 6, 12)]
    [InlineData("Nguyen Ngoc Tuan, council chairman, said that the reorganization of administrative units and the restructuring of local government into two levels is a timely and correct policy.", 2025, 5, 10)]
    [InlineData("The State Bank of Vietnam needs to continue monitoring, assessing and forecasting impacts that the global finance and monetary markets may exert on local forex and deposit interest rates so to take timely solutions", 2019, 5, 31)]
    [InlineData("The directive was issued immediately after the meeting of the Standing Committee of the Party Committee of the Ministry of Finance .", 2025, 9, 10)]
    [InlineData("To promptly implement the Politburo’s directive, the Prime Minister in his dispatch requested that the Ministry of Finance, the State Bank of Vietnam (SBV), the Ministry of Public Security, and People’s Committees of provinces and centrally-run cities, in line with their assigned functions and duties, coordinate closely", 2025, 8, 29)]
    public void Urgency_that_asks_for_no_action_is_no_deadline(string text, int year, int month, int day) =>
        Assert.Equal(string.Empty, Findings.Deadlines(text, new LocalDate(year, month, day)));

    // "kịp thời" as one quality among others, of a thing or of what was done; "khẩn trương" as a manner of working; "ngay trong"
    // before a period, which is then the deadline or nothing.
    [Theory]
    [InlineData("Ở trong nước, dưới sự lãnh đạo toàn diện, sáng suốt, kịp thời của Ban Chấp hành Trung ương Đảng mà trực tiếp, thường xuyên là Bộ Chính trị, Ban Bí thư", 2025, 6, 12)]
    [InlineData("nắm chắc tình hình, chủ động có giải pháp ứng phó, thích ứng linh hoạt, kịp thời, chắc chắn trước các vấn đề phát sinh", 2025, 6, 12)]
    [InlineData("Theo đó, để thực hiện đôn đốc kết quả thực hiện ý kiến kiến nghị của cử tri và chất vấn của Đại biểu HĐND tỉnh tại kỳ họp thứ 4 HĐND tỉnh khóa XVI được chủ động, kịp thời nhằm giải quyết và tháo gỡ khó khăn", 2017, 5, 24)]
    [InlineData("Quốc hội đang trong những ngày làm việc tích cực, khẩn trương, tập trung cao độ để hoàn thành lượng công việc khổng lồ tại kỳ họp cuối cùng của nhiệm kỳ khóa XV.", 2025, 11, 5)]
    [InlineData("Chủ nhiệm Ủy ban Kiểm tra Trung ương thông tin, ngay trong tháng 3, sẽ thành lập 22 đoàn do 22 Ủy viên Bộ Chính trị và Uỷ viên Ban Bí thư trực tiếp làm trưởng đoàn kiểm tra 40 tổ chức đảng trực thuộc.", 2026, 2, 9)]
    public void Kip_thoi_as_a_quality_and_khan_truong_as_a_manner_are_no_deadline(string text, int year, int month, int day) =>
        Assert.Equal(string.Empty, Findings.Deadlines(text, new LocalDate(year, month, day)));

    // The rules above leave the instructions they do not describe as they were.
    [Theory]
    [InlineData("Chính phủ yêu cầu các bộ kịp thời chỉnh lý, hoàn thiện các dự thảo luật trình Quốc hội tại Kỳ họp thứ 10; khẩn trương thực hiện chỉ đạo của Lãnh đạo chủ chốt.", 2025, 11, 6, "kịp thời = immediately|khẩn trương = immediately")]
    [InlineData("The Ministry of Transport on October 7 issued a telegram to request investors and businesses to promptly complete a number of component projects of the North-South expressway project in the first phase.", 2023, 10, 8, "promptly = immediately")]
    [InlineData("He requested the immediate establishment of polling teams, striving to complete this before January 31", 2026, 1, 13, "immediate = immediately|before January 31 = on or before 2026-01-31")]
    public void Instructions_keep_their_urgency(string text, int year, int month, int day, string expected) =>
        Assert.Equal(expected, Findings.Deadlines(text, new LocalDate(year, month, day)));
}
