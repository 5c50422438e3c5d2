namespace MentoringProgram.Web.Features.Shared;

/// <summary>What a pager partial needs: the page and how to link to another page keeping the filters.</summary>
public sealed record PagerModel(int Page, int PageCount, int Total, Func<int, string> LinkTo);
