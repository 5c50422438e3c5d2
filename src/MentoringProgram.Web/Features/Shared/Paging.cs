using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Shared;

/// <summary>One page of a list, with what the pager needs. Pages are 1-based; out-of-range pages clamp.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;

    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int page, CancellationToken cancellationToken, int pageSize = DefaultPageSize)
    {
        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        page = Math.Clamp(page, 1, pageCount);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, page, pageSize, total);
    }
}

/// <summary>What a pager partial needs: the page and how to link to another page keeping the filters.</summary>
public sealed record PagerModel(int Page, int PageCount, int Total, Func<int, string> LinkTo);
