package bench.minimal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The one endpoint of the startup yardstick. */
@Path("/hello")
public class Hello {

    public record Greeting(String message) {
    }

    @GET
    public Greeting hello() {
        return new Greeting("hello");
    }
}
