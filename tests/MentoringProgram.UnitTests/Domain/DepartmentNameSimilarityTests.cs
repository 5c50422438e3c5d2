using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class DepartmentNameSimilarityTests
{
    private static readonly string[] Known =
    [
        "Access Services", "Archives and Special Collections", "Digital Scholarship", "Information Technology", "Art", "IT",
    ];

    [Theory]
    [InlineData("Acess Servces", "Access Services")]
    [InlineData("access-services", "Access Services")]
    [InlineData("Acsess Services", "Access Services")] // two letters swapped
    [InlineData("Archives & Special Collections", "Archives and Special Collections")]
    [InlineData("Digtal Scholarship", "Digital Scholarship")]
    [InlineData("Informaton Tecnology", "Information Technology")]
    public void AMisspelledName_PointsToTheDepartmentItMeant(string inFile, string meant) =>
        Assert.Equal(meant, DepartmentNameSimilarity.ClosestKnown(inFile, Known));

    [Theory]
    [InlineData("Access Services")] // the same name is not a typo
    [InlineData("ACCESS SERVICES")]
    [InlineData("Metadata and Cataloging")]
    [InlineData("Arts")] // short names differ by one letter legitimately
    [InlineData("HR")]
    [InlineData("Special Collections")]
    [InlineData("Research Services")]
    public void ADifferentName_IsNotFlagged(string inFile) =>
        Assert.Null(DepartmentNameSimilarity.ClosestKnown(inFile, Known));

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("abcd", "abdc", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Distance_CountsInsertsDeletesSubstitutionsAndSwaps(string a, string b, int expected) =>
        Assert.Equal(expected, DepartmentNameSimilarity.Distance(a, b));

    [Fact]
    public void Normalize_IgnoresCaseAccentsPunctuationAndSpacing() =>
        Assert.Equal("archivesandspecialcollections", DepartmentNameSimilarity.Normalize("  Archívës & Special-Collections "));
}
