using OrgModel.Organisations;

namespace OrgModel.ReferenceData;

/// <summary>The same embedded reference data as <see cref="VietnamReferenceData"/>, under the name some callers use.</summary>
/// <remarks>Thread safety: see <see cref="VietnamReferenceData"/>.</remarks>
public static class VietnameseReferenceData
{
    /// <summary>Gets the undated chart of all the reference data (the same instance as <see cref="VietnamReferenceData.OrgChart"/>).</summary>
    public static OrgChart OrgChart => VietnamReferenceData.OrgChart;
}
