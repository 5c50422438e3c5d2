using System.Globalization;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>A route segment that must name a member of an enum, so a route's allowed values come from the
/// enum itself instead of a regex that repeats its names. Numbers are refused: "0" would bind to the first member.</summary>
public sealed class EnumNameRouteConstraint<TEnum> : IRouteConstraint
    where TEnum : struct, Enum
{
    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text
        && Enum.GetNames<TEnum>().Contains(text, StringComparer.OrdinalIgnoreCase);
}
