using OrgModel.Text;

namespace OrgModel.ReferenceData;

/// <summary>
/// Corrections to the official old → new conversion table, checked against the Standing Committee resolutions
/// (see the shared data README): Xã Mỹ Hưng is 01651 (the table says 01615), Xã Phú Thịnh is 02482 (not 02485),
/// Xã Đặng Xá is 00556 (the table files it under Xã Cổ Bi's 00553), and part of Xã Hòa Thắng (23053) went to
/// Xã Hồng Thái (23041). Applied only when a row still shows the error, so they are idempotent on corrected files.
/// Names are compared after folding, so Hòa/Hoà spellings match.
/// </summary>
internal static class SuccessionCorrections
{
    public const string HoaThangCode = "23053";
    public const string HongThaiCode = "23041";

    private static readonly (string WrongCode, string Name, string RightCode)[] CodeFixes =
    [
        ("01615", "Xã Mỹ Hưng", "01651"),
        ("02485", "Xã Phú Thịnh", "02482"),
        ("00553", "Xã Đặng Xá", "00556"),
    ];

    /// <summary>Gets the corrections as (wrong code, name, right code), for tests and documentation.</summary>
    public static IReadOnlyList<(string WrongCode, string Name, string RightCode)> All => CodeFixes;

    public static bool NeedsName(ReadOnlySpan<byte> oldCode) =>
        oldCode.SequenceEqual("01615"u8) || oldCode.SequenceEqual("02485"u8) || oldCode.SequenceEqual("00553"u8);

    public static string CorrectOldCode(string oldCode, string oldName)
    {
        foreach ((string wrong, string name, string right) in CodeFixes)
        {
            if (wrong == oldCode && VietnameseText.FoldedEquals(oldName, name))
            {
                return right;
            }
        }

        return oldCode;
    }
}
