using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MentoringProgram.Web.Features.Surveys;

/// <summary>
/// Binds the survey form's answers from fields named <c>Answers[{questionId}]</c> (several for a multiple choice) and
/// nothing else. MVC's dictionary binder also reads <c>Answers[0].Key</c>-style fields and fails with an exception on an
/// empty key, which an edited form could post; here any other field is simply not an answer.
/// </summary>
public sealed class SurveyAnswersBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var answers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var request = bindingContext.HttpContext.Request;
        if (request.HasFormContentType)
        {
            var prefix = bindingContext.ModelName + "[";
            foreach (var (key, values) in request.Form)
            {
                if (key.StartsWith(prefix, StringComparison.Ordinal) && key.EndsWith(']')
                    && int.TryParse(key.AsSpan(prefix.Length, key.Length - prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var questionId))
                {
                    answers[questionId.ToString(CultureInfo.InvariantCulture)] = [.. values.OfType<string>()];
                }
            }
        }
        bindingContext.Result = ModelBindingResult.Success(answers);
        return Task.CompletedTask;
    }
}
