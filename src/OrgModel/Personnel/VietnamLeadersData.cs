using OrgModel.Organisations;
using OrgModel.Tenures;

namespace OrgModel.Personnel;

/// <summary>The shipped facts behind <see cref="VietnamLeaders"/>: each appointment and each attestation with the sources
/// that state it (docs/sources.md, "Leaders"). Nothing here is inferred beyond what the sources say, except that an
/// appointment renewed for a new term ends on the day the new one begins.</summary>
internal static class VietnamLeadersData
{
    // Sources, one per fact family or event; the addresses are those read (docs/sources.md lists them with what they say).
    private const string Politburo14 = "https://vnexpress.net/19-uy-vien-bo-chinh-tri-khoa-xiv-5009091.html ; https://viettimes.vn/danh-sach-19-uy-vien-bo-chinh-tri-khoa-xiv-post194038.html";
    private const string Politburo13Elected = "https://en.vietnamplus.vn/nguyen-phu-trong-reelected-as-party-general-secretary/195693.vnp ; https://sggpnews.org.vn/national/13th-party-central-committee-makes-debut-90517.html";
    private const string Politburo13OnEve14 = "https://viettimes.vn/6-uy-vien-bo-chinh-tri-khoa-xiii-khong-tai-cu-ban-chap-hanh-trung-uong-khoa-moi-post194003.html";
    private const string Politburo13Added9th = "https://vnbiznews.com/ban-chap-hanh-trung-uong-dang-bau-bo-sung-4-uy-vien-bo-chinh-tri-pid1989167989 ; http://m.mattran.org.vn/tin-tuc/ban-chap-hanh-trung-uong-dang-bau-bo-sung-4-uy-vien-bo-chinh-tri-khoa-xiii-55383.html";
    private const string Secretariat13Elected = "https://viettimes.vn/hom-nay-1-2-dai-hoi-dang-xiii-be-mac-post142587.html";
    private const string Secretariat13On9April = "https://vietnambiz.vn/phan-cong-4-uy-vien-bo-chinh-tri-tham-gia-ban-bi-thu-20210410070752589.htm";
    private const string Secretariat13Titles2026 = "05-QĐNS/TW (30 Jan 2026): https://vneconomy.vn/bo-chinh-tri-phan-cong-uy-vien-bo-chinh-tri-khoa-xiv-tham-gia-ban-bi-thu-khoa-xiv.htm";
    private const string KhaiLeft = "https://phunuphapluat.nguoiduatin.vn/cho-thoi-giu-chuc-uy-vien-trung-uong-dang-doi-voi-4-dong-chi-a613283.html ; https://th389.vn/ban-chap-hanh-trung-uong-dang-hop-ve-cong-tac-can-bo-a184041.html";
    private const string ChienLeftSecretariat = "2500 (Politburo), handed over 4 Nov 2025: https://vnexpress.net/ong-do-van-chien-lam-pho-bi-thu-thuong-truc-dang-uy-quoc-hoi-4959199.html ; https://cafef.vn/ong-do-van-chien-lam-pho-bi-thu-thuong-truc-dang-uy-quoc-hoi-188251104094225202.chn";
    private const string QuangSecretariat = "https://dantri.com.vn/xa-hoi/hai-nhan-su-duoc-bau-bo-sung-vao-bo-chinh-tri-va-ban-bi-thu-20250122111556170.htm";
    private const string Secretariat14ElectedSource = "https://vnexpress.net/3-uy-vien-trung-uong-duoc-bau-vao-ban-bi-thu-khoa-xiv-5009109.html";
    private const string Secretariat14AssignedSource = "05-QĐNS/TW (30 Jan 2026): https://vnexpress.net/10-uy-vien-bo-chinh-tri-duoc-phan-cong-tham-gia-ban-bi-thu-khoa-xiv-5011875.html";
    private const string TrongElected = "https://m.vietnamnet.vn/vn/dai-hoi-dang/ong-nguyen-phu-trong-tai-dac-cu-tong-bi-thu-khoa-xiii-709740.html";
    private const string TrongDied = "https://vietnambiz.vn/tong-bi-thu-nguyen-phu-trong-tu-tran-20247191866741.htm";
    private const string LamGeneralSecretary = "https://hanoimoi.vn/print/673792.html";
    private const string LamReelected = "https://tienphong.vn/dong-chi-to-lam-tai-dac-cu-tong-bi-thu-dang-cong-san-viet-nam-post1815205.tpo";
    private const string Phuc2021 = "https://en.vietnamplus.vn/pham-minh-chinh-elected-prime-minister-of-vietnam/199595.vnp";
    private const string PhucDismissed = "http://baoyenbai.com.vn/11/258490/Quoc-hoi-mien-nhiem-Chu-tich-nuoc-Nguyen-Xuan-Phuc.aspx";
    private const string ThuongElected = "https://thuonghieucongluan.com.vn/news-tag210298/thuong-hieu-c2 ; https://vietnamplus.vn/infographics-tieu-su-chu-tich-nuoc-chxhcn-viet-nam-vo-van-thuong-post848910.amp";
    private const string ThuongDismissed = "https://vietnamese.cri.cn/2024/03/21/ARTIGrhPlBocMINVREAE0LGr240321.shtml ; https://tapchicongsan.org.vn/web/guest/hoat-ong-cua-lanh-ao-ang-nha-nuoc/-/2018/904202/view_content";
    private const string LamPresident = "https://vtcnews.vn/chu-tich-nuoc-to-lam-duoc-bau-lam-tong-bi-thu-ar887122.html ; https://en.vneconomy.vn/chu-tich-nuoc-to-lam-tuyen-the-nham-chuc.htm";
    private const string CuongPresident = "https://nld.com.vn/ong-luong-cuong-duoc-bau-lam-chu-tich-nuoc-196241021085800271.htm ; https://tacnghiep.thoidai.com.vn/thuong-truc-ban-bi-thu-dai-tuong-luong-cuong-duoc-bau-lam-chu-tich-nuoc-206317.html";
    private const string ChinhElected = "https://daibieunhandan.vn/thu-tuong-chinh-phu-pham-minh-chinh-tuyen-the-nham-chuc ; https://en.vietnamplus.vn/pham-minh-chinh-elected-prime-minister-of-vietnam/199595.vnp";
    private const string HueDismissed = "https://vietbao.vn/ngay-mai-quoc-hoi-bat-dau-bau-chu-tich-nuoc-chu-tich-quoc-hoi-486040.html";
    private const string ManElected = "https://www.vietnamplus.vn/tieu-su-uy-vien-bo-chinh-tri-chu-tich-quoc-hoi-tran-thanh-man-post954439.vnp";
    private const string ThuongPermanent = "https://vnexpress.net/topic/kien-toan-nhan-su-chu-tich-nuoc-nhiem-ky-2021-2026-26683";
    private const string MaiAssigned = "https://www.nongthonvaphattrien.vn/c/chinh-sach-su-kien?page=3";
    private const string CuongPermanent = "https://www.truyenhinhnghean.vn/thoi-su-chinh-tri/202405/bo-chinh-tri-phan-cong-dai-tuong-luong-cuong-giu-chuc-thuong-truc-ban-bi-thu-fba6355/ ; http://m.mattran.org.vn/tin-tuc/dai-tuong-luong-cuong-giu-chuc-vu-thuong-truc-ban-bi-thu-55385.html";
    private const string TuPermanent = "1616-QĐNS/TW (25 Oct 2024): https://baohatinh.vn/bo-chinh-tri-phan-cong-dong-chi-tran-cam-tu-giu-chuc-thuong-truc-ban-bi-thu-post276147.html";
    private const string TuPermanent14 = "https://tienphong.vn/ong-tran-cam-tu-giu-chuc-thuong-truc-ban-bi-thu-post1815257.tpo ; https://dantri.com.vn/thoi-su/bo-chinh-tri-phan-cong-ong-tran-cam-tu-tiep-tuc-lam-thuong-truc-ban-bi-thu-20260123151217028.htm";
    private const string ThanhElected = "https://plo.vn/ong-tran-sy-thanh-giu-chuc-chu-nhiem-uy-ban-kiem-tra-trung-uong-post879686.html";
    private const string ThanhReelected = "https://dantri.com.vn/thoi-su/ong-tran-sy-thanh-lam-chu-nhiem-uy-ban-kiem-tra-trung-uong-khoa-moi-20260123115354369.htm";
    private const string ChienFront2021 = "https://baodautu.vn/ong-do-van-chien-giu-chuc-chu-tich-uy-ban-trung-uong-mttq-viet-nam-d140927.html ; https://beta.la34.com.vn/ong-do-van-chien-giu-chuc-chu-tich-uy-ban-trung-uong-mat-tran-to-quoc-viet-nam-2219.html";
    private const string ChienFront = "https://tracuuquyhoach.com/tin-tuc/ong-do-van-chien-tai-dac-cu-chu-tich-mat-tran-to-quoc-viet-nam-50485033";
    private const string HoaiFront = "https://viettimes.vn/ba-bui-thi-minh-hoai-lam-chu-tich-uy-ban-trung-uong-mttq-viet-nam-post191353.html ; https://dantri.com.vn/thoi-su/ba-bui-thi-minh-hoai-la-nu-chu-tich-dau-tien-cua-uy-ban-tu-mttq-viet-nam-20251107145609715.htm";
    private const string Kbs20260122 = "KBS, 22 Jan 2026: https://world.kbs.co.kr/service/news_view.htm?lang=v&Seq_Code=69138";
    private const string Vneconomy20260309 = "VnEconomy, 10 Mar 2026 (meeting of 9 Mar): https://vneconomy.vn/ky-hop-thu-nhat-quoc-hoi-khoa-xvi-se-kien-toan-to-chuc-bo-may-nhan-su.htm";
    private const string TuInspection13 = "https://vtcnews.vn/thuong-truc-ban-bi-thu-tran-cam-tu-tai-dac-cu-ban-chap-hanh-trung-uong-khoa-xiv-ar999729.html";
    private const string NgocInspection = "https://d34iuj6n1uey68.cloudfront.net/amp/dang-hop-bat-thuong-nguyen-duy-ngoc-vao-bo-chinh-tri-the-da-so-phe-cong-an/7948938.html ; https://thongluan-rdp.online/tin-tuc/viet-nam/ong-nguyen-duy-ngoc-vao-bo-chinh-tri-lam-chu-nhiem-uy-ban-kiem-tra-trung-uong-bbc ; https://www.24h.com.vn/tin-tuc-trong-ngay/ong-nguyen-duy-ngoc-giu-chuc-bi-thu-thanh-uy-ha-noi-c46a1711346.html";
    private const string HungOrganisation = "https://tapchidongnama.vn/bo-chinh-tri-bo-nhiem-ong-le-minh-hung-lam-truong-ban-to-chuc-trung-uong/ ; https://www.newscon.org/bau-bo-sung-4-uy-vien-bo-chinh-tri-khoa-13/?hl=vi";
    private const string NghiPolicy = "2275-QĐNS/TW: https://vneconomy.vn/trao-quyet-dinh-bo-nhiem-truong-ban-chinh-sach-chien-luoc-trung-uong-cho-ong-nguyen-thanh-nghi.htm ; https://dantri.com.vn/xa-hoi/ong-nguyen-thanh-nghi-noi-gi-khi-nhan-nhiem-vu-moi-20250825183603735.htm ; https://www.sggp.org.vn/dong-chi-nguyen-thanh-nghi-giu-chuc-truong-ban-chinh-sach-chien-luoc-trung-uong-post810123.html";
    private const string TucOffice = "2289-QĐNS/TW: https://tienphong.vn/bo-chinh-tri-bo-nhiem-ong-pham-gia-tuc-giu-chuc-chanh-van-phong-trung-uong-dang-post1774050.tpo ; https://www.sggp.org.vn/dong-chi-pham-gia-tuc-giu-chuc-chanh-van-phong-trung-uong-dang-post810868.html ; https://vnexpress.net/ong-pham-gia-tuc-lam-chanh-van-phong-trung-uong-dang-4933280.html";
    private const string QuyetPropaganda = "https://plo.vn/ong-trinh-van-quyet-giu-chuc-truong-ban-tuyen-giao-va-dan-van-trung-uong-post879348.html ; https://vneconomy.vn/dai-tuong-trinh-van-quyet-lam-truong-ban-tuyen-giao-va-dan-van-trung-uong.htm ; https://nld.com.vn/dai-tuong-trinh-van-quyet-giu-chuc-truong-ban-tuyen-giao-va-dan-van-trung-uong-196251104104310889.htm";
    private const string TriInternalAffairs = "https://vnexpress.net/ong-le-minh-tri-lam-truong-ban-noi-chinh-trung-uong-5011880.html ; https://vtcnews.vn/ong-le-minh-tri-giu-chuc-truong-ban-noi-chinh-trung-uong-ar999953.html";
    private const string MaiOrganisation = "45-QĐNS/TW, 8 Apr 2021: https://en.vietnamplus.vn/party-leader-presents-decisions-appointing-heads-of-party-central-committees-commissions/199842.vnp ; https://www.vietmaz.com/2021/04/party-leader-presents-decisions-appointing-heads-of-party-central-committees-commissions/";
    private const string MaiLeftOrganisation = "https://mekongasean.vn/bau-bo-sung-4-uy-vien-bo-chinh-tri-khoa-xiii-28925.html";
    private const string NghiaMerged = "https://znews.vn/ong-nguyen-trong-nghia-lam-truong-ban-tuyen-giao-va-dan-van-trung-uong-post1527701.html";
    private const string NghiaLeft = "https://www.vietnamplus.vn/dai-tuong-chu-nhiem-tong-cuc-chinh-tri-quan-doi-nhan-dan-nguyen-trong-nghia-post1074908.vnp ; https://znews.vn/hoi-nghi-ban-giao-cong-tac-truong-ban-tuyen-giao-va-dan-van-trung-uong-post1599940.html";
    private const string HungOffice = "https://vnexpress.net/bau-bo-sung-4-uy-vien-bo-chinh-tri-khoa-13-4746941.html";
    private const string NgocOffice = "1289 (Politburo, 31 May 2024), handed over 3 Jun 2024: https://vnews.gov.vn/news/thuong-tuong-nguyen-duy-ngoc-giu-chuc-chanh-van-phong-trung-uong-dang-123066.htm ; https://tapchivietduc.vn/dong-chi-nguyen-duy-ngoc-giu-chuc-chanh-van-phong-trung-uong-dang-a21206.html";
    private const string Nld20250828 = "Người Lao Động, 28 Aug 2025: https://nld.com.vn/trao-huy-hieu-45-nam-tuoi-dang-tang-truong-ban-noi-chinh-trung-uong-196250828221639308.htm";
    private const string Znews20251104 = "Znews, 4 Nov 2025: https://znews.vn/dai-tuong-nguyen-trong-nghia-lam-chu-nhiem-tong-cuc-chinh-tri-post1598835.html";
    private const string Tet2026 = "24h.com.vn, 16 Feb 2026: https://www.24h.com.vn/tin-tuc-trong-ngay/chao-xuan-binh-ngo-c46a1738248.html";
    private const string ElectionDay2026 = "VietnamPlus, 15 Mar 2026: https://www.vietnamplus.vn/thu-tuong-pham-minh-chinh-kiem-tra-cong-tac-bau-cu-tai-phuong-tay-ho-post1098957.vnp";
    private const string ElectionCouncil20260321 = "Báo Xây dựng, 21 Mar 2026: https://baoxaydung.vn/print/hoi-dong-bau-cu-quoc-gia-xem-xet-nghi-quyet-cong-bo-ket-qua-bau-cu-dbqh-khoa-xvi-192260321152705106.htm";

    private static readonly Tenure Term13 = Tenure.NationalParty(13);
    private static readonly Tenure Term14 = Tenure.NationalParty(14);
    private static readonly LocalDate FirstPlenum14 = new(2026, 1, 23);
    private static readonly LocalDate Assigned14 = new(2026, 1, 30);
    private static readonly LocalDate FirstPlenum13 = new(2021, 1, 31);

    /// <summary>The 19 members of the 14th Politburo in the order of the announcement of 23 Jan 2026.</summary>
    public static readonly string[] Politburo14Names =
    [
        "Tô Lâm", "Trần Thanh Mẫn", "Trần Cẩm Tú", "Lê Minh Hưng", "Đỗ Văn Chiến", "Bùi Thị Minh Hoài", "Phan Văn Giang",
        "Lương Tam Quang", "Nguyễn Duy Ngọc", "Nguyễn Trọng Nghĩa", "Trịnh Văn Quyết", "Lê Hoài Trung", "Lê Minh Trí",
        "Trần Lưu Quang", "Phạm Gia Túc", "Trần Sỹ Thanh", "Nguyễn Thanh Nghị", "Đoàn Minh Huấn", "Trần Đức Thắng",
    ];

    /// <summary>The 18 members of the 13th Politburo elected by the first plenum of 31 Jan 2021, in the order of VietnamPlus's
    /// list (whose stored copy names 17; Trần Cẩm Tú, the 18th, is sourced by <see cref="TuInspection13"/>).</summary>
    public static readonly string[] Politburo13ElectedNames =
    [
        "Nguyễn Phú Trọng", "Nguyễn Xuân Phúc", "Phạm Minh Chính", "Vương Đình Huệ", "Trần Tuấn Anh", "Nguyễn Hòa Bình", "Lương Cường",
        "Đinh Tiến Dũng", "Phan Văn Giang", "Tô Lâm", "Trương Thị Mai", "Trần Thanh Mẫn", "Phạm Bình Minh", "Nguyễn Văn Nên",
        "Nguyễn Xuân Thắng", "Võ Văn Thưởng", "Phan Đình Trạc", "Trần Cẩm Tú",
    ];

    // Members the Central Committee elected to the 13th Politburo after its first plenum, with the day and the sources.
    private static readonly (string Name, LocalDate Day, string Source)[] Politburo13Added =
    [
        ("Lê Minh Hưng", new(2024, 5, 16), Politburo13Added9th), ("Nguyễn Trọng Nghĩa", new(2024, 5, 16), Politburo13Added9th),
        ("Bùi Thị Minh Hoài", new(2024, 5, 16), Politburo13Added9th), ("Đỗ Văn Chiến", new(2024, 5, 16), Politburo13Added9th),
        ("Lương Tam Quang", new(2024, 8, 16), "https://vnexpress.net/bo-truong-luong-tam-quang-duoc-bau-lam-uy-vien-bo-chinh-tri-4781953.html ; https://soha.vn/bo-truong-bo-cong-an-luong-tam-quang-duoc-bau-bo-sung-vao-bo-chinh-tri-198240816155237893.htm"),
        ("Nguyễn Duy Ngọc", new(2025, 1, 23), "https://dantri.com.vn/xa-hoi/hai-nhan-su-duoc-bau-bo-sung-vao-bo-chinh-tri-va-ban-bi-thu-20250122111556170.htm"),
    ];

    // Members who left the 13th Politburo before the term ended: the day the Central Committee agreed to let them cease to be
    // members (all at their own request after violations the Inspection Commission reported, so Resigned), or died. Trần Tuấn
    // Anh's day is disputed: KnownConflicts.PolitburoTranTuanAnh2024, default 31 Jan 2024.
    private static readonly (string Name, LocalDate Day, AppointmentEnd How, string Source)[] Politburo13Left =
    [
        ("Phạm Bình Minh", new(2022, 12, 30), AppointmentEnd.Resigned, "https://taichinhdoanhnghiep.net.vn/pho-thu-tuong-pham-binh-minh-thoi-giu-chuc-uy-vien-bo-chinh-tri-d35645.html ; https://vietnamnet.vn/cac-ong-pham-binh-minh-le-minh-chuan-thoi-lam-dai-bieu-quoc-hoi-2097928.html"),
        ("Nguyễn Xuân Phúc", new(2023, 1, 17), AppointmentEnd.Resigned, "https://dantri.com.vn/xa-hoi/trung-uong-dong-y-de-chu-tich-nuoc-nguyen-xuan-phuc-thoi-giu-cac-chuc-vu-20230117134312973.htm ; https://congdankhuyenhoc.vn/ban-chap-hanh-trung-uong-dang-dong-y-de-dong-chi-nguyen-xuan-phuc-thoi-cac-chuc-vu-179230117162451742.htm"),
        ("Trần Tuấn Anh", new(2024, 1, 31), AppointmentEnd.Resigned, "https://phapluatchinhsach.vn/ong-tran-tuan-anh-thoi-giu-chuc-uy-vien-bo-chinh-tri.htm ; https://vietnambiz.vn/ong-tran-tuan-anh-thoi-nhiem-vu-dai-bieu-quoc-hoi-202425175739281.htm"),
        ("Võ Văn Thưởng", new(2024, 3, 20), AppointmentEnd.Resigned, "https://nghean24h.vn/quoc-hoi-mien-nhiem-chu-tich-nuoc-vo-van-thuong-a719524.html ; https://vietbao.vn/trieu-tap-ky-hop-quoc-hoi-bat-thuong-lan-thu-6-xem-xet-cong-tac-nhan-su-477670.html"),
        ("Vương Đình Huệ", new(2024, 4, 26), AppointmentEnd.Resigned, "https://giadinhvaphapluat.vn/bch-trung-uong-dang-dong-y-de-dong-chi-vuong-dinh-hue-thoi-giu-cac-chuc-vu-p121310.html ; https://vietnamese.cri.cn/2024/04/27/ARTIlZHDpqP4EGWC7uivc0tA240427.shtml"),
        ("Trương Thị Mai", new(2024, 5, 16), AppointmentEnd.Resigned, "http://baobacgiang.vn/bg2/yen-the/dong-chi-truong-thi-mai-thoi-giu-chuc-thuong-truc-ban-bi-thu-175213.bbg ; https://thactrang.com/tin-tuc/ba-truong-thi-mai-thoi-chuc-thuong-truc-ban-bi-thu-124284.html"),
        ("Đinh Tiến Dũng", new(2024, 6, 21), AppointmentEnd.Resigned, "https://cadn.com.vn/ong-dinh-tien-dung-thoi-nhiem-vu-dai-bieu-quoc-hoi-khoa-xv-post297112.html ; https://thoimoi.vn/print/trung-uong-cho-thoi-chuc-uy-vien-bo-chinh-tri-voi-ong-dinh-tien-dung-300334"),
        ("Nguyễn Phú Trọng", new(2024, 7, 19), AppointmentEnd.Died, TrongDied),
    ];

    // The 13th Secretariat, as far as its changes are sourced (docs/sources.md, "Leaders", lists what was searched and not found).
    // The first plenum of 31 Jan 2021 elected 5 members (VietTimes's count); the 11 VietnamBiz lists after the Politburo assigned 4
    // of its members on 9 Apr 2021 are the General Secretary, Võ Văn Thưởng (Permanent Member), those 4 and the 5 elected, who are
    // the 5 of the 11 outside the 13th Politburo. The Party Charter puts the General Secretary in the Secretariat (quoted by
    // VnExpress, Secretariat14ElectedSource), so his membership runs with the post. A member whose end is not sourced is not an
    // appointment here: Thưởng, Phan Đình Trạc and Nguyễn Hòa Bình are attested on 9 Apr 2021 and Trần Lưu Quang on 23 Jan 2025.
    // A member still titled a 13th-term Secretariat member by 05-QĐNS/TW (30 Jan 2026) ends when the 14th Central Committee
    // formed its Secretariat, 23 Jan 2026 (TermEnded), the term's rule used for the Politburo.
    private static readonly (string Name, LocalDate Start, AppointmentStart How, LocalDate End, AppointmentEnd Ended, string Source)[] Secretariat13 =
    [
        ("Nguyễn Phú Trọng", FirstPlenum13, AppointmentStart.Elected, new(2024, 7, 19), AppointmentEnd.Died, TrongElected + " ; " + Secretariat13On9April + " ; " + Secretariat14ElectedSource + " ; " + TrongDied),
        ("Lê Minh Hưng", FirstPlenum13, AppointmentStart.Elected, FirstPlenum14, AppointmentEnd.TermEnded, Secretariat13Elected + " ; " + Secretariat13On9April + " ; " + Secretariat13Titles2026),
        ("Nguyễn Trọng Nghĩa", FirstPlenum13, AppointmentStart.Elected, FirstPlenum14, AppointmentEnd.TermEnded, Secretariat13Elected + " ; " + Secretariat13On9April + " ; " + Secretariat13Titles2026),
        ("Bùi Thị Minh Hoài", FirstPlenum13, AppointmentStart.Elected, FirstPlenum14, AppointmentEnd.TermEnded, Secretariat13Elected + " ; " + Secretariat13On9April + " ; " + Secretariat13Titles2026),
        ("Đỗ Văn Chiến", FirstPlenum13, AppointmentStart.Elected, new(2025, 11, 4), AppointmentEnd.Transferred, Secretariat13Elected + " ; " + Secretariat13On9April + " ; " + ChienLeftSecretariat),
        ("Lê Minh Khái", FirstPlenum13, AppointmentStart.Elected, new(2024, 8, 3), AppointmentEnd.Resigned, Secretariat13Elected + " ; " + Secretariat13On9April + " ; " + KhaiLeft),
        ("Trương Thị Mai", new(2021, 4, 9), AppointmentStart.Assigned, new(2024, 5, 16), AppointmentEnd.Resigned, Secretariat13On9April + " ; " + CuongPermanent),
        ("Trần Cẩm Tú", new(2021, 4, 9), AppointmentStart.Assigned, FirstPlenum14, AppointmentEnd.TermEnded, Secretariat13On9April + " ; " + TuPermanent + " ; " + TuPermanent14),
        ("Tô Lâm", new(2024, 8, 3), AppointmentStart.Elected, FirstPlenum14, AppointmentEnd.TermEnded, LamGeneralSecretary + " ; " + Secretariat14ElectedSource + " ; " + LamReelected),
    ];

    /// <summary>The three members of the 14th Secretariat elected by the Central Committee on 23 Jan 2026.</summary>
    public static readonly string[] Secretariat14Elected = ["Võ Thị Ánh Xuân", "Phạm Thị Thanh Trà", "Nguyễn Văn Quảng"];

    /// <summary>The ten Politburo members assigned to the 14th Secretariat by 05-QĐNS/TW of 30 Jan 2026.</summary>
    public static readonly string[] Secretariat14Assigned =
    [
        "Tô Lâm", "Trần Cẩm Tú", "Lê Minh Hưng", "Bùi Thị Minh Hoài", "Nguyễn Trọng Nghĩa", "Trịnh Văn Quyết", "Lê Minh Trí",
        "Phạm Gia Túc", "Trần Sỹ Thanh", "Nguyễn Thanh Nghị",
    ];

    // The heads of the central commissions as the lists of 23 Jan 2026 (Politburo) and 30 Jan 2026 (Secretariat) title them;
    // on 23 Jan Lê Minh Trí was still titled deputy head of the Internal Affairs Commission.
    private static readonly (string Name, string Commission)[] HeadsOn23January =
    [
        ("Lê Minh Hưng", "organisation-commission"), ("Trịnh Văn Quyết", "information-education-mass-mobilisation-commission"),
        ("Phạm Gia Túc", "office"), ("Nguyễn Thanh Nghị", "policy-strategy-commission"),
    ];

    private static readonly (string Name, string Commission)[] HeadsOn30January =
    [
        .. HeadsOn23January, ("Lê Minh Trí", "internal-affairs-commission"),
    ];

    /// <summary>Every person of the shipped facts.</summary>
    public static IEnumerable<Person> People() =>
        Politburo14Names.Concat(Secretariat14Elected).Concat(Politburo13ElectedNames).Concat(Politburo13Added.Select(a => a.Name))
            .Concat(Secretariat13.Select(s => s.Name)).Distinct(StringComparer.Ordinal)
            .Select(n => VietnameseName.Parse(n))
            .Select(n => new Person(PersonId.FromName(n), n));

    /// <summary>Every shipped appointment with its sources, in the order it is recorded.</summary>
    public static IEnumerable<(Appointment Appointment, string Source)> Appointments()
    {
        // Key leadership posts of the 13th and 14th terms.
        yield return (Ended("Nguyễn Phú Trọng", Post.GeneralSecretary, FirstPlenum13, AppointmentStart.Elected, Term13, new(2024, 7, 19), AppointmentEnd.Died), TrongElected + " ; " + TrongDied);
        yield return (Ended("Tô Lâm", Post.GeneralSecretary, new(2024, 8, 3), AppointmentStart.Elected, Term13, FirstPlenum14, AppointmentEnd.TermEnded), LamGeneralSecretary + " ; " + LamReelected);
        yield return (Open("Tô Lâm", Post.GeneralSecretary, FirstPlenum14, AppointmentStart.Elected, Term14), LamReelected);

        yield return (Ended("Nguyễn Xuân Phúc", Post.President, new(2021, 4, 5), AppointmentStart.Elected, null, new(2023, 1, 18), AppointmentEnd.Resigned), Phuc2021 + " ; " + PhucDismissed);
        yield return (Ended("Võ Văn Thưởng", Post.President, new(2023, 3, 2), AppointmentStart.Elected, null, new(2024, 3, 21), AppointmentEnd.Resigned), ThuongElected + " ; " + ThuongDismissed);
        yield return (Ended("Tô Lâm", Post.President, new(2024, 5, 22), AppointmentStart.Elected, null, new(2024, 10, 21), AppointmentEnd.Transferred), LamPresident + " ; " + CuongPresident);
        yield return (Open("Lương Cường", Post.President, new(2024, 10, 21), AppointmentStart.Elected, null), CuongPresident);

        yield return (Open("Phạm Minh Chính", Post.PrimeMinister, new(2021, 4, 5), AppointmentStart.Elected, null), ChinhElected);

        yield return (Ended("Vương Đình Huệ", Post.NationalAssemblyChair, new(2021, 3, 31), AppointmentStart.Elected, null, new(2024, 5, 2), AppointmentEnd.Resigned), Phuc2021 + " ; " + HueDismissed);
        yield return (Open("Trần Thanh Mẫn", Post.NationalAssemblyChair, new(2024, 5, 20), AppointmentStart.Elected, null), ManElected);

        yield return (Ended("Trương Thị Mai", Post.PermanentMemberOfSecretariat, new(2023, 3, 6), AppointmentStart.Assigned, Term13, new(2024, 5, 16), AppointmentEnd.Resigned), MaiAssigned + " ; " + CuongPermanent);
        yield return (Ended("Lương Cường", Post.PermanentMemberOfSecretariat, new(2024, 5, 16), AppointmentStart.Assigned, Term13, new(2024, 10, 25), AppointmentEnd.Transferred), CuongPermanent + " ; " + TuPermanent);
        yield return (Ended("Trần Cẩm Tú", Post.PermanentMemberOfSecretariat, new(2024, 10, 25), AppointmentStart.Assigned, Term13, FirstPlenum14, AppointmentEnd.TermEnded), TuPermanent + " ; " + TuPermanent14);
        yield return (Open("Trần Cẩm Tú", Post.PermanentMemberOfSecretariat, FirstPlenum14, AppointmentStart.Assigned, Term14), TuPermanent14);

        // Heads of the Party bodies and of the Front.
        // The chair of the Central Inspection Commission: Trần Cẩm Tú from the first plenum of the 13th term (its day is that of
        // the plenum, TenureFacts) until the Central Committee let him go on 23 Jan 2025 to keep the Secretariat post; Nguyễn
        // Duy Ngọc from that day until the 14th plenum of 5 Nov 2025 let him go for the Hà Nội post and elected Trần Sỹ Thanh.
        Post inspection = Post.InspectionCommissionChair(OrgId.Parse("vn.party.central-inspection-commission"));
        yield return (Ended("Trần Cẩm Tú", inspection, FirstPlenum13, AppointmentStart.Elected, Term13, new(2025, 1, 23), AppointmentEnd.Transferred), TuInspection13 + " ; " + TrongElected + " ; " + NgocInspection);
        yield return (Ended("Nguyễn Duy Ngọc", inspection, new(2025, 1, 23), AppointmentStart.Elected, Term13, new(2025, 11, 5), AppointmentEnd.Transferred), NgocInspection + " ; " + ThanhElected);
        yield return (Ended("Trần Sỹ Thanh", inspection, new(2025, 11, 5), AppointmentStart.Elected, Term13, FirstPlenum14, AppointmentEnd.TermEnded), ThanhElected + " ; " + ThanhReelected);
        yield return (Open("Trần Sỹ Thanh", inspection, FirstPlenum14, AppointmentStart.Elected, Term14), ThanhReelected);
        // Chosen on 12 Apr 2021 to replace Trần Thanh Mẫn for the rest of the Front's 9th term, chosen again for the 10th on
        // 18 Oct 2024 (or 17 Oct: KnownConflicts.FatherlandFrontChair2024, default 18 Oct).
        yield return (Ended("Đỗ Văn Chiến", Post.FatherlandFrontChair, new(2021, 4, 12), AppointmentStart.Elected, null, new(2024, 10, 18), AppointmentEnd.TermEnded), ChienFront2021 + " ; " + ChienFront);
        yield return (Ended("Đỗ Văn Chiến", Post.FatherlandFrontChair, new(2024, 10, 18), AppointmentStart.Elected, null, new(2025, 11, 7), AppointmentEnd.Transferred), ChienFront + " ; " + HoaiFront);
        yield return (Open("Bùi Thị Minh Hoài", Post.FatherlandFrontChair, new(2025, 11, 7), AppointmentStart.Elected, null), HoaiFront);

        // Heads of central commissions whose start a dated text gives; no end is sourced (the 14th-term lists of 23 and 30 Jan
        // 2026 title them again, and those attestations stay).
        yield return (Open("Lê Minh Hưng", Head("organisation-commission"), new(2024, 5, 16), AppointmentStart.Assigned, null), HungOrganisation);
        yield return (Open("Nguyễn Thanh Nghị", Head("policy-strategy-commission"), new(2025, 8, 25), AppointmentStart.Assigned, null), NghiPolicy);
        yield return (Open("Phạm Gia Túc", Head("office"), new(2025, 8, 29), AppointmentStart.Assigned, null), TucOffice);
        yield return (Open("Trịnh Văn Quyết", Head("information-education-mass-mobilisation-commission"), new(2025, 11, 4), AppointmentStart.Assigned, null), QuyetPropaganda);
        yield return (Open("Lê Minh Trí", Head("internal-affairs-commission"), Assigned14, AppointmentStart.Assigned, null), TriInternalAffairs);

        // Heads of the 13th term before those: only where both days are sourced (docs/sources.md, "Leaders", lists the others and
        // the commissions merged away in 2025, which the chart does not hold). Trương Thị Mai left on 16 May 2024 with all her posts,
        // the day Lê Minh Hưng was assigned; Nguyễn Trọng Nghĩa headed the merged commission from the announcement of 3 Feb 2025
        // until the morning of 4 Nov 2025, when he was made head of the army's General Political Department and Trịnh Văn Quyết
        // was given the commission.
        yield return (Ended("Trương Thị Mai", Head("organisation-commission"), new(2021, 4, 8), AppointmentStart.Assigned, null, new(2024, 5, 16), AppointmentEnd.Resigned), MaiOrganisation + " ; " + MaiLeftOrganisation + " ; " + HungOrganisation);
        yield return (Ended("Nguyễn Trọng Nghĩa", Head("information-education-mass-mobilisation-commission"), new(2025, 2, 3), AppointmentStart.Assigned, null, new(2025, 11, 4), AppointmentEnd.Transferred), NghiaMerged + " ; " + NghiaLeft + " ; " + QuyetPropaganda);

        // The 13th Politburo: elected on 31 Jan 2021 or added later; a member ends on the sourced day he left, else when the 14th
        // Central Committee elected its Politburo (23 Jan 2026, TermEnded), the term's rule for every 13th-term appointment here,
        // whether or not he was re-elected (a re-elected member's 14th-term appointment begins that day, below).
        var left = Politburo13Left.ToDictionary(l => l.Name, StringComparer.Ordinal);
        IEnumerable<(string Name, LocalDate Day, string Source)> members =
            Politburo13ElectedNames.Select(n => (n, FirstPlenum13, Politburo13Elected + (n == "Trần Cẩm Tú" ? " ; " + TuInspection13 : ""))).Concat(Politburo13Added);
        foreach ((string name, LocalDate start, string source) in members)
        {
            yield return left.TryGetValue(name, out var l)
                ? (Ended(name, Post.PolitburoMember, start, AppointmentStart.Elected, Term13, l.Day, l.How), source + " ; " + l.Source)
                : (Ended(name, Post.PolitburoMember, start, AppointmentStart.Elected, Term13, FirstPlenum14, AppointmentEnd.TermEnded), source + " ; " + Politburo13OnEve14 + " ; " + Politburo14);
        }

        foreach ((string name, LocalDate start, AppointmentStart how, LocalDate end, AppointmentEnd ended, string source) in Secretariat13)
        {
            yield return (Ended(name, Post.SecretariatMember, start, how, Term13, end, ended), source);
        }

        // The 14th Politburo and Secretariat.
        foreach (string name in Politburo14Names)
        {
            yield return (Open(name, Post.PolitburoMember, FirstPlenum14, AppointmentStart.Elected, Term14), Politburo14);
        }

        foreach (string name in Secretariat14Elected)
        {
            yield return (Open(name, Post.SecretariatMember, FirstPlenum14, AppointmentStart.Elected, Term14), Secretariat14ElectedSource);
        }

        foreach (string name in Secretariat14Assigned)
        {
            yield return (Open(name, Post.SecretariatMember, Assigned14, AppointmentStart.Assigned, Term14), Secretariat14AssignedSource);
        }
    }

    /// <summary>Every shipped attestation: posts a dated text gives a person where no start (or end) is sourced.</summary>
    public static IEnumerable<Attestation> Attestations()
    {
        yield return Attested("Võ Văn Thưởng", Post.PermanentMemberOfSecretariat, new(2023, 3, 2), ThuongPermanent);
        // Commission heads of the 13th term whose start (or, for Nguyễn Duy Ngọc, end) has no sourced day.
        yield return Attested("Lê Minh Hưng", Head("office"), new(2024, 5, 16), HungOffice);
        yield return Attested("Nguyễn Duy Ngọc", Head("office"), new(2024, 6, 3), NgocOffice);
        yield return Attested("Lê Hoài Trung", Head("office"), new(2025, 8, 28), Nld20250828);
        yield return Attested("Phan Đình Trạc", Head("internal-affairs-commission"), new(2025, 8, 28), Nld20250828);
        yield return Attested("Phan Đình Trạc", Head("internal-affairs-commission"), new(2025, 11, 4), Znews20251104);
        yield return Attested("Lương Cường", Post.President, new(2026, 1, 22), Kbs20260122);
        yield return Attested("Phạm Minh Chính", Post.PrimeMinister, new(2026, 1, 22), Kbs20260122);
        yield return Attested("Phạm Minh Chính", Post.PrimeMinister, new(2026, 3, 9), Vneconomy20260309);
        yield return Attested("Trần Thanh Mẫn", Post.NationalAssemblyChair, new(2026, 3, 9), Vneconomy20260309);
        yield return Attested("Lương Cường", Post.President, new(2026, 2, 16), Tet2026);
        yield return Attested("Phạm Minh Chính", Post.PrimeMinister, new(2026, 3, 15), ElectionDay2026);
        yield return Attested("Trần Thanh Mẫn", Post.NationalAssemblyChair, new(2026, 3, 21), ElectionCouncil20260321);

        // 13th-term Secretariat members whose start or end is not sourced (Secretariat13 above).
        foreach (string name in new[] { "Võ Văn Thưởng", "Phan Đình Trạc", "Nguyễn Hòa Bình" })
        {
            yield return Attested(name, Post.SecretariatMember, new(2021, 4, 9), Secretariat13On9April);
        }

        yield return Attested("Trần Lưu Quang", Post.SecretariatMember, new(2025, 1, 23), QuangSecretariat);

        // Heads of the central commissions: the 14th-term lists give their posts; no start day is sourced.
        foreach ((string name, string commission) in HeadsOn23January)
        {
            yield return Attested(name, Head(commission), FirstPlenum14, Politburo14);
        }

        foreach ((string name, string commission) in HeadsOn30January)
        {
            yield return Attested(name, Head(commission), Assigned14, Secretariat14AssignedSource);
        }
    }

    private static Post Head(string commission) => Post.CommissionHead(OrgId.Parse("vn.party.central-" + commission));

    private static PersonId Id(string name) => PersonId.FromName(VietnameseName.Parse(name));

    private static Appointment Open(string name, Post post, LocalDate start, AppointmentStart how, Tenure? term) => new(Id(name), post, start, how, term);

    private static Appointment Ended(string name, Post post, LocalDate start, AppointmentStart how, Tenure? term, LocalDate end, AppointmentEnd ended) =>
        new(Id(name), post, start, how, term, end, ended);

    private static Attestation Attested(string name, Post post, LocalDate date, string source) => new(Id(name), post, date, source);
}
