using System.Text;
using Microsoft.VisualBasic.FileIO;
using PolicyPortal.Web.Data.Audit;
using PolicyPortal.Web.Tests.Data.Infrastructure;

namespace PolicyPortal.Web.Tests.Data;

public abstract class AuditLogTests(TestDatabase database) : StoreTestBase(database)
{
    private static AuditEntry Entry(string package, AuditAction action = AuditAction.Create, AuditOutcome outcome = AuditOutcome.Succeeded) => new()
    {
        UserId = "user-avery",
        UserDisplayName = "Avery Demo",
        Action = action,
        AccessPackageId = package,
        PolicyId = "policy-" + Guid.NewGuid().ToString("N")[..6],
        PolicyDisplayName = "Contractors",
        RequestJson = """{"displayName":"Contractors"}""",
        Outcome = outcome,
        HttpStatus = outcome == AuditOutcome.Succeeded ? 201 : 429,
        GraphRequestId = Guid.NewGuid().ToString(),
        Error = outcome == AuditOutcome.Failed ? "Throttled" : null,
        DraftId = Guid.NewGuid(),
    };

    [Fact]
    public async Task Record_StampsIdAndTime_AndKeepsEveryField()
    {
        var package = NewId("pkg");
        var entry = Entry(package) with { At = DateTimeOffset.UnixEpoch, Id = 999_999 };

        var recorded = await Audit.RecordAsync(entry, Ct);

        recorded.Id.ShouldNotBe(999_999);
        recorded.At.ShouldBe(Clock.GetUtcNow());
        var page = await Audit.QueryAsync(new AuditFilter { AccessPackageId = package }, 0, 10, Ct);
        page.TotalCount.ShouldBe(1);
        page.Items.ShouldHaveSingleItem().ShouldBe(entry with { Id = recorded.Id, At = recorded.At });
    }

    [Fact]
    public async Task Query_FiltersByTimeWhoActionOutcomeAndText()
    {
        var package = NewId("pkg");
        var start = Clock.GetUtcNow();
        var created = await Audit.RecordAsync(Entry(package), Ct);
        Clock.Advance(TimeSpan.FromHours(1));
        var failed = await Audit.RecordAsync(
            Entry(package, AuditAction.Update, AuditOutcome.Failed) with { UserId = "user-blake", UserDisplayName = "Blake Admin", Error = "Graph said: TooManyRequests" },
            Ct);
        Clock.Advance(TimeSpan.FromHours(1));
        var deleted = await Audit.RecordAsync(Entry(package, AuditAction.Delete) with { PolicyDisplayName = "Vendors 100%_off" }, Ct);

        async Task<long[]> Ids(AuditFilter filter) =>
            [.. (await Audit.QueryAsync(filter with { AccessPackageId = package }, 0, 50, Ct)).Items.Select(e => e.Id)];

        (await Ids(AuditFilter.All)).ShouldBe([deleted.Id, failed.Id, created.Id]);
        (await Ids(new AuditFilter { From = start.AddMinutes(30) })).ShouldBe([deleted.Id, failed.Id]);
        (await Ids(new AuditFilter { To = start.AddHours(1) })).ShouldBe([created.Id], "To is exclusive");
        (await Ids(new AuditFilter { From = start.ToOffset(TimeSpan.FromHours(2)).AddHours(1), To = start.AddHours(2) })).ShouldBe([failed.Id]);
        (await Ids(new AuditFilter { Who = "user-blake" })).ShouldBe([failed.Id]);
        (await Ids(new AuditFilter { Who = "blake" })).ShouldBe([failed.Id], "part of the display name, any case");
        (await Ids(new AuditFilter { Who = "user-" })).ShouldBeEmpty("a user id matches exactly");
        (await Ids(new AuditFilter { Action = AuditAction.Delete })).ShouldBe([deleted.Id]);
        (await Ids(new AuditFilter { Outcome = AuditOutcome.Failed })).ShouldBe([failed.Id]);
        (await Ids(new AuditFilter { Text = "toomanyrequests" })).ShouldBe([failed.Id]);
        (await Ids(new AuditFilter { Text = "100%_" })).ShouldBe([deleted.Id], "wildcards are matched literally");
        (await Ids(new AuditFilter { Text = "%" })).ShouldBe([deleted.Id]);
        (await Ids(new AuditFilter { Text = created.PolicyId![^6..].ToUpperInvariant() })).ShouldBe([created.Id]);
        (await Ids(new AuditFilter { Text = failed.GraphRequestId })).ShouldBe([failed.Id]);
        (await Ids(new AuditFilter { Action = AuditAction.Create, Outcome = AuditOutcome.Failed })).ShouldBeEmpty();
    }

    [Fact]
    public async Task Query_OnDays_TakesWholeUtcDaysWithBothEndsIncluded()
    {
        var package = NewId("pkg");
        var now = Clock.GetUtcNow();
        // Half an hour before the next UTC midnight, then an hour later: two entries on two UTC days.
        Clock.Advance(now.Date.AddDays(1).AddMinutes(-30) - now.UtcDateTime);
        var late = await Audit.RecordAsync(Entry(package), Ct);
        Clock.Advance(TimeSpan.FromHours(1));
        var early = await Audit.RecordAsync(Entry(package), Ct);
        var first = DateOnly.FromDateTime(late.At.UtcDateTime);

        async Task<long[]> Ids(DateOnly? from, DateOnly? to) =>
            [.. (await Audit.QueryAsync(new AuditFilter { AccessPackageId = package }.OnDays(from, to), 0, 50, Ct)).Items.Select(e => e.Id)];

        (await Ids(first, first)).ShouldBe([late.Id], "the last half hour of a day is in it");
        (await Ids(first.AddDays(1), null)).ShouldBe([early.Id]);
        (await Ids(null, first.AddDays(1))).ShouldBe([early.Id, late.Id]);
        (await Ids(first.AddDays(1), first)).ShouldBeEmpty("a range that ends before it starts holds nothing");
    }

    [Fact]
    public async Task Query_PagesNewestFirstWithTheTotalCount()
    {
        var package = NewId("pkg");
        var ids = new List<long>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await Audit.RecordAsync(Entry(package), Ct)).Id);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        ids.Reverse();
        var filter = new AuditFilter { AccessPackageId = package };

        var second = await Audit.QueryAsync(filter, 3, 3, Ct);

        second.TotalCount.ShouldBe(7);
        second.Items.Select(e => e.Id).ShouldBe(ids.Skip(3).Take(3));
        (await Audit.QueryAsync(filter, 6, 3, Ct)).Items.Select(e => e.Id).ShouldBe([ids[6]]);
    }

    [Fact]
    public async Task WriteCsv_ProducesRfc4180RowsThatASpreadsheetReadsAsText()
    {
        var package = NewId("pkg");
        var nasty = await Audit.RecordAsync(Entry(package) with
        {
            UserDisplayName = "=HYPERLINK(\"http://evil\",\"click\")",
            PolicyDisplayName = "Sales, \"EMEA\"\r\nline two",
            Error = "-2+3",
            GraphRequestId = "@SUM(A1)",
            RequestJson = "{\"a\": \"b,c\"\n}",
        }, Ct);
        Clock.Advance(TimeSpan.FromSeconds(1));
        var plain = await Audit.RecordAsync(Entry(package) with { UserDisplayName = "+33 1 23 45", Error = "\tTab" }, Ct);
        using var csv = new StringWriter();

        await Audit.WriteCsvAsync(new AuditFilter { AccessPackageId = package }, csv, Ct);

        var text = csv.ToString();
        text.ShouldEndWith("\r\n");
        var rows = ParseCsv(text);
        rows.Count.ShouldBe(3);
        rows[0].ShouldBe(["At", "UserId", "UserDisplayName", "Action", "AccessPackageId", "PolicyId", "PolicyDisplayName",
            "Outcome", "HttpStatus", "GraphRequestId", "Error", "DraftId", "RequestJson"]);
        rows[1][2].ShouldBe("'+33 1 23 45");
        rows[1][10].ShouldBe("'\tTab");
        var row = rows[2];
        row.ShouldBe([
            "2025-03-01T09:00:00.000Z", "user-avery", "'=HYPERLINK(\"http://evil\",\"click\")", "Create", package, nasty.PolicyId!,
            "Sales, \"EMEA\"\r\nline two", "Succeeded", "201", "'@SUM(A1)", "'-2+3", nasty.DraftId!.Value.ToString(), "{\"a\": \"b,c\"\n}",
        ]);
        plain.Id.ShouldBeGreaterThan(nasty.Id);
    }

    [Fact]
    public async Task WriteCsv_ToAStream_IsUtf8WithAByteOrderMark()
    {
        var package = NewId("pkg");
        await Audit.RecordAsync(Entry(package) with { PolicyDisplayName = "Zoë ✓" }, Ct);
        using var stream = new MemoryStream();

        await Audit.WriteCsvAsync(new AuditFilter { AccessPackageId = package }, stream, Ct);

        var bytes = stream.ToArray();
        bytes[..3].ShouldBe(Encoding.UTF8.Preamble.ToArray());
        Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).ShouldContain(",Zoë ✓,");
    }

    /// <summary>An independent RFC 4180 reader (the framework's), so the writer is not checked against itself.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text))
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields() ?? []);
        }

        return rows;
    }
}

public sealed class SqliteAuditLogTests(SqliteTestDatabase database) : AuditLogTests(database), IClassFixture<SqliteTestDatabase>;

public sealed class PostgresAuditLogTests(PostgresTestDatabase database) : AuditLogTests(database), IClassFixture<PostgresTestDatabase>;
