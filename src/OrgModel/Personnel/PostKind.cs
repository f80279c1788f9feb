namespace OrgModel.Personnel;

/// <summary>The kind of a post; <see cref="Post"/> pairs it with the organisation it is in.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<PostKind>))]
public enum PostKind
{
    /// <summary>A post not otherwise listed; its title says what it is.</summary>
    Other = 0,

    /// <summary>General Secretary (Tổng Bí thư) of the Central Committee.</summary>
    GeneralSecretary,

    /// <summary>Member of the Politburo (Ủy viên Bộ Chính trị).</summary>
    PolitburoMember,

    /// <summary>Member of the Secretariat (Ủy viên Ban Bí thư).</summary>
    SecretariatMember,

    /// <summary>Permanent Member of the Secretariat (Thường trực Ban Bí thư).</summary>
    PermanentMemberOfSecretariat,

    /// <summary>Member of the Central Committee (Ủy viên Ban Chấp hành Trung ương).</summary>
    CentralCommitteeMember,

    /// <summary>Alternate member of the Central Committee (Ủy viên dự khuyết).</summary>
    CentralCommitteeAlternateMember,

    /// <summary>Secretary of a Party committee (Bí thư).</summary>
    PartyCommitteeSecretary,

    /// <summary>Deputy Secretary of a Party committee (Phó Bí thư).</summary>
    PartyCommitteeDeputySecretary,

    /// <summary>Member of a Party committee (Ủy viên Ban Chấp hành, cấp ủy viên).</summary>
    PartyCommitteeMember,

    /// <summary>Chair of a People's Committee (Chủ tịch Ủy ban nhân dân).</summary>
    PeoplesCommitteeChair,

    /// <summary>Chair of a Party inspection commission (Chủ nhiệm Ủy ban Kiểm tra).</summary>
    InspectionCommissionChair,

    /// <summary>Chief inspector of a State inspectorate (Chánh Thanh tra).</summary>
    ChiefInspector,

    /// <summary>Chief judge (president) of a court (Chánh án).</summary>
    ChiefJudge,

    /// <summary>Prime Minister (Thủ tướng Chính phủ), head of the Government.</summary>
    PrimeMinister,

    /// <summary>President of the State (Chủ tịch nước).</summary>
    President,

    /// <summary>Chairman of the National Assembly (Chủ tịch Quốc hội).</summary>
    NationalAssemblyChair,

    /// <summary>Head of a Party commission or of the Party Central Office (Trưởng ban, Chánh Văn phòng); the chair of an
    /// inspection commission is <see cref="InspectionCommissionChair"/>.</summary>
    CommissionHead,

    /// <summary>Chair of the Central Committee of the Vietnam Fatherland Front (Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam).</summary>
    FatherlandFrontChair,
}
