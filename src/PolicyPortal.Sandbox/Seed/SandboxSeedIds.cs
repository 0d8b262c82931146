namespace PolicyPortal.Sandbox;

/// <summary>Ids of the seeded entities that tests and demos rely on. Every seeded id is derived from the
/// entity's name (see <c>DeterministicGuid</c>), so these never change between runs.</summary>
public static class SandboxSeedIds
{
    public static class Users
    {
        /// <summary>Patti Fernandez</summary>
        public const string PattiFernandez = "ed7df824-8ab7-58b6-8fe3-9c3b2c1bce8e";
        /// <summary>Megan Bowen</summary>
        public const string MeganBowen = "8919f2f7-e066-56aa-9498-ba86b7e23c4c";
        /// <summary>Meghan Lee</summary>
        public const string MeghanLee = "37899100-baf8-530d-baaf-e89a98668a30";
        /// <summary>Adele Vance</summary>
        public const string AdeleVance = "d4217265-ef61-5719-87b9-d845aec4e367";
        /// <summary>Alex Wilber</summary>
        public const string AlexWilber = "2c1d077f-64f6-5cfe-804c-eff340e7c246";
        /// <summary>Nestor Wilke</summary>
        public const string NestorWilke = "d759502a-d39a-5eda-af56-80d6e6ee3240";
        /// <summary>Lidia Holloway</summary>
        public const string LidiaHolloway = "3870ab7c-b7bc-56ed-972d-232610857133";
        /// <summary>Zoë Müller</summary>
        public const string ZoeMuller = "d6d648de-20d8-5827-9365-96cf340a9490";
        /// <summary>José Álvarez</summary>
        public const string JoseAlvarez = "1048a105-2513-5beb-92b0-9015f473ccf9";
        /// <summary>Siobhán O'Brien</summary>
        public const string SiobhanOBrien = "f5b94aaa-a967-597b-8be3-6eab320df29f";
        /// <summary>Rafael Souza</summary>
        public const string RafaelSouzaGuest = "55223b23-b17d-5bbc-875f-811f1d3401f6";
        /// <summary>Mei Lin (contoso.example), sponsored by Megan Bowen and the Partner Reviewers group</summary>
        public const string MeiLinGuest = "51bce284-2b3f-5d7c-8361-7be4835c0214";
        /// <summary>Oskar Lindqvist (contoso.example), a guest without sponsors</summary>
        public const string OskarLindqvistGuest = "60d6c9ae-f56e-56ea-bb8a-02ac302bb243";
        /// <summary>Hana Kobayashi (tailspintoys.example, a proposed connected organization), sponsored by Alex Wilber</summary>
        public const string HanaKobayashiGuest = "563f18c8-c4e5-5d09-87a9-3aa7b59268c9";
        /// <summary>Amélie Laurent (fabrikam.example, a connected organization by domain; prefers fr-FR), sponsored by Adele Vance</summary>
        public const string AmelieLaurentGuest = "8404a988-ff5d-500b-bdd7-bebb942fed0c";
    }

    public static class Groups
    {
        /// <summary>Finance Approvers</summary>
        public const string FinanceApprovers = "e8b6b8ff-7481-5c1c-8744-e920f82e02b9";
        /// <summary>Partner Reviewers</summary>
        public const string PartnerReviewers = "13b69c21-6f1c-55ef-81f9-224bcfc1e256";
        /// <summary>&lt;b&gt;Ops&lt;/b&gt;</summary>
        public const string OpsMarkup = "73a42c1a-d9f8-5a27-841e-94bca03408af";
        /// <summary>All Employees</summary>
        public const string AllEmployees = "aadce52a-c435-5138-9368-f75f2e9f85cb";
        /// <summary>Sales Team</summary>
        public const string SalesTeam = "a377807f-b1b9-58f4-89f5-e601a51b4fa1";
        /// <summary>Sales Managers (nested in Partner Reviewers)</summary>
        public const string SalesManagers = "05ae0fda-bc19-57df-80a8-d26b3863d930";
        /// <summary>Legal Hold Reviewers (no members)</summary>
        public const string LegalHoldReviewers = "d61cdff0-8938-508c-a6be-c148720e63f0";
    }

    public static class ServicePrincipals
    {
        /// <summary>Payroll Connector</summary>
        public const string PayrollConnector = "b363d977-9849-5254-98e0-e468432e591f";
        /// <summary>Provisioning Bot</summary>
        public const string ProvisioningBot = "96f6a57a-241e-5f73-a544-6120577b2927";
    }

    public static class ConnectedOrganizations
    {
        /// <summary>Contoso Partners</summary>
        public const string ContosoPartners = "b8b1fd99-add4-5176-aaa2-3dc534ce2221";
        /// <summary>Fabrikam</summary>
        public const string Fabrikam = "dfb08196-9000-5d92-b1bc-0497d91fc006";
        /// <summary>Tailspin Toys</summary>
        public const string TailspinToys = "690c0042-211c-57ba-8c8b-8b366c032c08";
    }

    public static class Catalogs
    {
        /// <summary>General</summary>
        public const string GeneralCatalog = "8bd4b387-2104-5f0d-b943-34b3cc84bc01";
        /// <summary>Sales &amp; Marketing</summary>
        public const string SalesAndMarketingCatalog = "6b5c5322-fac3-5287-90f6-7f521abacdf4";
        /// <summary>Partner Collaboration</summary>
        public const string PartnerCollaborationCatalog = "8c3351a8-94d4-57d1-b63e-7170b9cd6a19";
        /// <summary>Finance</summary>
        public const string FinanceCatalog = "b4414dd1-5db2-5a9f-b084-95fbd09a4ebc";
    }

    public static class AccessPackages
    {
        /// <summary>Sales Resources</summary>
        public const string SalesResources = "77a891ff-e8bb-5c7c-b591-d97a903653a4";
        /// <summary>Partner Portal Access</summary>
        public const string PartnerPortalAccess = "7d59c34b-8f4f-5f87-bfce-5ac9f5084071";
        /// <summary>Marketing Campaign Tools</summary>
        public const string MarketingCampaignTools = "7f243392-6d92-52a3-a954-1352bc2a6b42";
        /// <summary>Finance Reporting</summary>
        public const string FinanceReporting = "dbe36080-76e0-5e29-9437-fc3f559621ad";
        /// <summary>Engineering Tools</summary>
        public const string EngineeringTools = "b81dff19-2c46-5355-8b20-f760d2a16d7e";
        /// <summary>New Hire Onboarding</summary>
        public const string NewHireOnboarding = "e5699345-8272-5510-a94a-345f0fd651ca";
    }

    public static class Policies
    {
        /// <summary>Sales Resources/Members with manager approval</summary>
        public const string SalesResourcesManagerApproval = "8485edc0-ec7b-5b46-b6bd-39b7a68dc25f";
        /// <summary>Engineering Tools/Engineering department (automatic)</summary>
        public const string EngineeringToolsAutoAssignment = "9def2fed-aa10-5fd6-a913-8cbc7354d1a8";
        /// <summary>Sales Resources/Contoso Partners with sponsor approval: runs the two Sales &amp; Marketing extensions
        /// (see <see cref="CustomExtensionStageSettings"/>).</summary>
        public const string SalesResourcesContosoPartners = "042652ee-eb09-5f05-97f1-a0c9f0c9f48f";
    }

    /// <summary>Custom workflow extensions (<c>catalogs/{id}/customWorkflowExtensions</c>).</summary>
    public static class CustomExtensions
    {
        /// <summary>Log request in CRM: request workflow extension in Sales &amp; Marketing</summary>
        public const string SalesRequestToCrm = "fff99465-ff2c-5797-a7f0-d7cd1f233c74";
        /// <summary>Warn before Sales access expires: assignment workflow extension in Sales &amp; Marketing</summary>
        public const string SalesExpiryWarning = "7eead361-6851-50c6-a39d-e8e1d20aff2d";
        /// <summary>Check partner NDA: request workflow extension in Partner Collaboration</summary>
        public const string PartnerNdaCheck = "f933e679-5ff4-50ad-bebb-54aba7591d09";
    }

    /// <summary>The custom extension stage settings of <see cref="Policies.SalesResourcesContosoPartners"/>.</summary>
    public static class CustomExtensionStageSettings
    {
        /// <summary>assignmentRequestCreated runs Log request in CRM</summary>
        public const string SalesRequestCreated = "79972b84-6466-5137-9641-fc27e97302d7";
        /// <summary>assignmentFourteenDaysBeforeExpiration runs Warn before Sales access expires</summary>
        public const string SalesFourteenDaysBeforeExpiration = "0259d38e-86a2-569a-8d7b-dce9a9baf5fe";
    }
}
