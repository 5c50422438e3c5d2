using System.Linq.Expressions;
using System.Reflection;
using MentoringProgram.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Shared;

public static class PagingExtensions
{
    public const int DefaultPageSize = 25;

    /// <summary>
    /// One page of an ordered query and the query's total, in one SQL statement: a one-row source left-joined to
    /// the page, with the count as a column, so an empty page still says how many rows there are. A page past the
    /// end (rows removed since the link was made, or an edited address) shows the last page: the offset is clamped in
    /// SQL, from the same count, instead of counting first and asking again.
    /// </summary>
    public static async Task<Paged<T>> ToPagedAsync<TEntity, T>(this IQueryable<TEntity> query, Func<IQueryable<TEntity>, IOrderedQueryable<TEntity>> order,
        Expression<Func<TEntity, T>> row, AppDbContext db, int page, CancellationToken cancellationToken, int pageSize = DefaultPageSize)
        where TEntity : class
        where T : class
    {
        page = Math.Max(page, 1);
        var requestedOffset = (long)(page - 1) * pageSize > int.MaxValue ? int.MaxValue : (page - 1) * pageSize;
        var total = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(TEntity)], query.Expression);
        var lastOffset = Expression.Multiply(
            Expression.Divide(Expression.Call(MathMax, Expression.Subtract(total, Expression.Constant(1)), Expression.Constant(0)), Parameter(pageSize)),
            Parameter(pageSize));
        // The first page, by far the most asked for, needs no clamp: one count in the statement instead of two, which
        // matters as the pool grows (each count reads every matching index entry).
        var offset = requestedOffset == 0 ? Parameter(0) : Expression.Call(MathMin, Parameter(requestedOffset), lastOffset);
        var rows = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(TEntity)],
            Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(TEntity)], order(query).Expression, offset), Parameter(pageSize));
        // Left join on the entity, not on the row: EF tells a missing entity by its key, a missing row of plain values not at all.
        var withEmpty = Expression.Call(typeof(Queryable), nameof(Queryable.DefaultIfEmpty), [typeof(TEntity)], rows);

        var anchor = db.OneRow();
        var one = Expression.Parameter(typeof(int), "one");
        var entity = Expression.Parameter(typeof(TEntity), "entity");
        var joined = anchor.Provider.CreateQuery<TEntity>(Expression.Call(typeof(Queryable), nameof(Queryable.SelectMany), [typeof(int), typeof(TEntity), typeof(TEntity)],
            anchor.Expression,
            Expression.Quote(Expression.Lambda<Func<int, IEnumerable<TEntity>>>(withEmpty, one)),
            Expression.Quote(Expression.Lambda<Func<int, TEntity, TEntity>>(entity, one, entity))));
        // Ordered again outside: SQL keeps no order through a join unless told.
        var source = row.Parameters[0];
        var rowOrNull = Expression.Condition(Expression.Equal(source, Expression.Constant(null, typeof(TEntity))), Expression.Constant(null, typeof(T)), row.Body);
        var pageRow = Expression.Lambda<Func<TEntity, PageRow<T>>>(Expression.New(typeof(PageRow<T>).GetConstructors().Single(), total, rowOrNull), source);
        var result = await order(joined).Select(pageRow).ToListAsync(cancellationToken);

        var count = result.Count > 0 ? result[0].Total : 0;
        var items = result.Where(r => r.Row is not null).Select(r => r.Row!).ToList();
        var pageCount = Math.Max(1, (int)Math.Ceiling(count / (double)pageSize));
        return new Paged<T>(items, Math.Min(page, pageCount), pageSize, count);
    }

    private sealed record PageRow<T>(int Total, T? Row);

    private static readonly MethodInfo MathMin = typeof(Math).GetMethod(nameof(Math.Min), [typeof(int), typeof(int)])!;
    private static readonly MethodInfo MathMax = typeof(Math).GetMethod(nameof(Math.Max), [typeof(int), typeof(int)])!;

    /// <summary>A value EF sends as a parameter, so every page and size shares one cached query plan.</summary>
    private static Expression Parameter(int value) => ((Expression<Func<int>>)(() => value)).Body;
}
