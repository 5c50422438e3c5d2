# Builds and runs the web app. Used by docker-compose.yml (SQL Server + mail catcher).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MentoringProgram.Web/MentoringProgram.Web.csproj src/MentoringProgram.Web/
RUN dotnet restore src/MentoringProgram.Web/MentoringProgram.Web.csproj
COPY src/ src/
RUN dotnet publish src/MentoringProgram.Web/MentoringProgram.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "MentoringProgram.Web.dll"]
