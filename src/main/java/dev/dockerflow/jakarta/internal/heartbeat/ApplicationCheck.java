package dev.dockerflow.jakarta.internal.heartbeat;

import dev.dockerflow.jakarta.heartbeat.CheckMessage;
import dev.dockerflow.jakarta.heartbeat.DockerflowCheck;
import java.util.List;

/** An application's {@link DockerflowCheck} bean under the name its bean declares. */
final class ApplicationCheck implements RegisteredCheck {

    private final String name;
    private final String beanClass;
    private final DockerflowCheck check;

    ApplicationCheck(String name, String beanClass, DockerflowCheck check) {
        this.name = name;
        this.beanClass = beanClass;
        this.check = check;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String source() {
        return "application check " + beanClass;
    }

    @Override
    public List<CheckMessage> run() throws Exception {
        return check.check();
    }
}
