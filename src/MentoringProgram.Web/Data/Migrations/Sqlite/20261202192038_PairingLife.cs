using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PairingLife : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CalendarFeedVersion",
                table: "StaffMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MenteeContinuation",
                table: "Pairings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MentorContinuation",
                table: "Pairings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Renewals",
                table: "Pairings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "LastEditedByStaffId",
                table: "PairingAgreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OutsideWorkHours",
                table: "PairingAgreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedUntil",
                table: "PairingAgreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "PairingAgreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "RematchSince",
                table: "MenteeRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "StartsAt",
                table: "Meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ChecklistTicks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TickedByStaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    TickedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistTicks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChecklistTicks_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChecklistTicks_StaffMembers_TickedByStaffId",
                        column: x => x.TickedByStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EarlyCheckAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reply = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EarlyCheckAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EarlyCheckAnswers_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EarlyCheckAnswers_StaffMembers_StaffId",
                        column: x => x.StaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LunchExpenses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SpentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    LoggedByStaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LunchExpenses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LunchExpenses_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LunchExpenses_StaffMembers_LoggedByStaffId",
                        column: x => x.LoggedByStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PairingEndRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PairingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedByStaffId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CoordinatorWord = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingEndRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairingEndRequests_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PairingEndRequests_StaffMembers_RequestedByStaffId",
                        column: x => x.RequestedByStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PairingAgreements_LastEditedByStaffId",
                table: "PairingAgreements",
                column: "LastEditedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_PairingId_Status",
                table: "Meetings",
                columns: new[] { "PairingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistTicks_PairingId_Item",
                table: "ChecklistTicks",
                columns: new[] { "PairingId", "Item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistTicks_TickedByStaffId",
                table: "ChecklistTicks",
                column: "TickedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_EarlyCheckAnswers_PairingId_StaffId",
                table: "EarlyCheckAnswers",
                columns: new[] { "PairingId", "StaffId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EarlyCheckAnswers_StaffId",
                table: "EarlyCheckAnswers",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_LunchExpenses_LoggedByStaffId",
                table: "LunchExpenses",
                column: "LoggedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_LunchExpenses_PairingId",
                table: "LunchExpenses",
                column: "PairingId");

            migrationBuilder.CreateIndex(
                name: "IX_PairingEndRequests_PairingId",
                table: "PairingEndRequests",
                column: "PairingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PairingEndRequests_RequestedByStaffId",
                table: "PairingEndRequests",
                column: "RequestedByStaffId");

            migrationBuilder.AddForeignKey(
                name: "FK_PairingAgreements_StaffMembers_LastEditedByStaffId",
                table: "PairingAgreements",
                column: "LastEditedByStaffId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PairingAgreements_StaffMembers_LastEditedByStaffId",
                table: "PairingAgreements");

            migrationBuilder.DropTable(
                name: "ChecklistTicks");

            migrationBuilder.DropTable(
                name: "EarlyCheckAnswers");

            migrationBuilder.DropTable(
                name: "LunchExpenses");

            migrationBuilder.DropTable(
                name: "PairingEndRequests");

            migrationBuilder.DropIndex(
                name: "IX_PairingAgreements_LastEditedByStaffId",
                table: "PairingAgreements");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_PairingId_Status",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "CalendarFeedVersion",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "MenteeContinuation",
                table: "Pairings");

            migrationBuilder.DropColumn(
                name: "MentorContinuation",
                table: "Pairings");

            migrationBuilder.DropColumn(
                name: "Renewals",
                table: "Pairings");

            migrationBuilder.DropColumn(
                name: "LastEditedByStaffId",
                table: "PairingAgreements");

            migrationBuilder.DropColumn(
                name: "OutsideWorkHours",
                table: "PairingAgreements");

            migrationBuilder.DropColumn(
                name: "PlannedUntil",
                table: "PairingAgreements");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "PairingAgreements");

            migrationBuilder.DropColumn(
                name: "RematchSince",
                table: "MenteeRequests");

            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "StartsAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Meetings");
        }
    }
}
