using Microsoft.AspNetCore.Http.HttpResults;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.ReferenceData;

namespace OrgModel.Service;

/// <summary>The reference data: organisations of the reference chart and documents of the reference registry.</summary>
internal static class ReferenceEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // OrgId and DocumentNumber bind through their IParsable implementations: a value they refuse is a 400.
        app.MapGet("/organisations/{id}", Organisation)
            .WithSummary("An organisation of the reference chart, by id.");

        // A document number contains slashes (201-KL/TW): the catch-all takes the rest of the path.
        app.MapGet("/documents/{**number}", Document)
            .WithSummary("A document of the reference registry, by number in any spelling OrgModel reads.");
    }

    private static Results<Ok<Organisation>, ProblemHttpResult> Organisation(OrgId id) =>
        VietnamReferenceData.OrgChart.Find(id) is { } found
            ? TypedResults.Ok(found)
            : TypedResults.Problem($"No organisation of the reference chart has the id '{id}'.", statusCode: 404, title: "Not found.");

    private static Results<Ok<Document>, ProblemHttpResult> Document(DocumentNumber number)
    {
        DocumentResolution resolution = DocumentRegistry.Vietnam.Resolve(number);
        return resolution.Document is { } found ? TypedResults.Ok(found)
            : resolution.IsAmbiguous ? TypedResults.Problem($"{resolution.Candidates.Count} documents have the number {number}.", statusCode: 409, title: "Ambiguous.")
            : TypedResults.Problem($"No document of the reference registry has the number {number}.", statusCode: 404, title: "Not found.");
    }
}
