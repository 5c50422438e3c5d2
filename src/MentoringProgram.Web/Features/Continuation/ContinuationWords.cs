using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Continuation;

/// <summary>What each answer to the continuation question means, and what happens once it is recorded, in the same
/// words on the signed link's page and on the pairing page.</summary>
public static class ContinuationWords
{
    public static string Button(ContinuationChoice choice) => choice == ContinuationChoice.Continue ? "Yes, continue for another term" : "Yes, end as planned";

    public static string Label(ContinuationChoice choice) => choice == ContinuationChoice.Continue ? "continue for another term" : "end as planned";

    public static string WhatItMeans(ContinuationChoice choice, string otherName, bool renewable) =>
        choice == ContinuationChoice.Continue
            ? renewable ? $"Choose this if you would like to carry on for another term. It renews only if {otherName} chooses the same."
                : "The program does not renew pairings on its own, but your answer tells the coordinator you would like to carry on."
            : "Choose this if you would like the pairing to finish at the end of its term.";

    public static string Recorded(ContinuationChoice choice, string otherName, bool renewable, DateOnly endsOn) =>
        "Thank you: your answer is recorded. " + (choice == ContinuationChoice.Continue
            ? renewable ? $"If {otherName} also chooses to continue, your pairing renews when the term ends."
                : "The program does not renew pairings on its own; the coordinator now knows you would like to carry on."
            : $"Your pairing ends as planned on {endsOn:d MMMM yyyy}.");
}
