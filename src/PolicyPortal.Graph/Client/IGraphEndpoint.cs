namespace PolicyPortal.Graph.Client;

/// <summary>Where Graph is. A service rather than an option because in demo mode the sandbox's address is
/// only known once the server has bound its port.</summary>
public interface IGraphEndpoint
{
    string BaseUrl { get; }
}
