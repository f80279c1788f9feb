using OrgModel.Organisations;
using OrgModel.Utility;

namespace OrgModel.Personnel;

/// <summary>One appointment that breaks a rule: who, which post, in which province, and why.</summary>
/// <remarks>Privacy: <see cref="ToString"/> names the rule, the person's id and the post only; the province and the reason
/// together reveal where the person was born or comes from, so read them through the properties.
/// Thread safety: immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(RuleViolationJsonConverter))]
public sealed class RuleViolation
{
    /// <summary>Creates a violation.</summary>
    /// <param name="rule">The rule's name.</param>
    /// <param name="person">The holder.</param>
    /// <param name="post">The post.</param>
    /// <param name="province">The province of the post; null exactly when the reason is
    /// <see cref="RuleViolationReason.ProvinceUnknown"/>.</param>
    /// <param name="reason">Why.</param>
    /// <exception cref="ArgumentException">The rule name is empty or the person id is empty.</exception>
    /// <exception cref="ArgumentNullException">The post is null, or the province is null for a reason other than
    /// <see cref="RuleViolationReason.ProvinceUnknown"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The reason is not defined.</exception>
    public RuleViolation(string rule, PersonId person, Post post, Organisation? province, RuleViolationReason reason)
    {
        Guard.Against.NullOrWhiteSpace(rule);
        Guard.Against.Null(post);
        Preconditions.CheckDefined(reason);
        if (reason == RuleViolationReason.ProvinceUnknown)
        {
            Preconditions.CheckArgument(province is null, nameof(province), "A post whose province is unknown has no province.");
        }
        else
        {
            Guard.Against.Null(province);
        }

        Preconditions.CheckArgument(!person.IsEmpty, nameof(person), "A violation needs a non-empty person id.");

        Rule = rule;
        Person = person;
        Post = post;
        Province = province;
        Reason = reason;
    }

    /// <summary>Gets the rule's name.</summary>
    public string Rule { get; }

    /// <summary>Gets the holder.</summary>
    public PersonId Person { get; }

    /// <summary>Gets the post.</summary>
    public Post Post { get; }

    /// <summary>Gets the province of the post, or null when the reason is <see cref="RuleViolationReason.ProvinceUnknown"/>.</summary>
    public Organisation? Province { get; }

    /// <summary>Gets why the appointment breaks the rule.</summary>
    public RuleViolationReason Reason { get; }

    /// <summary>Returns the rule, the person's id and the post, without personal data.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Rule}: {Person} as {Post}";
}
