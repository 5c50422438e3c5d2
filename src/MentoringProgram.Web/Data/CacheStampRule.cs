namespace MentoringProgram.Web.Data;

/// <summary>Which entities a cache is made from: a save that adds, changes or deletes one of them renews the stamp.</summary>
/// <remarks>Name every entity whose deletion cascades into the cached rows too: the database deletes those rows without
/// EF Core seeing them.</remarks>
public sealed record CacheStampRule(string Name, IReadOnlySet<Type> ReadsFrom);
