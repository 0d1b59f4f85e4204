/// The parts of the seed document that are not data: reproduced as written.
enum MarkdownStaticText {
    static let relatedDocuments = """
        ## 13. Related Documents

        **Docker Operations SAP**:
        - [capability-charter.md](capability-charter.md) - Problem statement, ROI
        - [protocol-spec.md](protocol-spec.md) - Technical contracts
        - [awareness-guide.md](awareness-guide.md) - Agent workflows
        - [adoption-blueprint.md](adoption-blueprint.md) - Installation guide

        **Docker Artifacts**:
        - [Dockerfile](../../../static-template/Dockerfile)
        - [Dockerfile.test](../../../static-template/Dockerfile.test)
        - [docker-compose.yml](../../../static-template/docker-compose.yml)
        - [.dockerignore](../../../static-template/.dockerignore)
        - [DOCKER_BEST_PRACTICES.md](../../../static-template/DOCKER_BEST_PRACTICES.md)

        **Related SAPs**:
        - [SAP-003: project-bootstrap](../project-bootstrap/) - Project generation
        - [SAP-008: automation-scripts](../automation-scripts/) - `just docker-*` commands
        - [SAP-010: memory-system](../memory-system/) - A-MEM volume mounts

        """

    static let maintenanceSchedule = """
        **Ledger Maintenance Schedule**:
        - **Weekly**: Update project inventory
        - **Monthly**: Update adoption metrics, performance data
        - **Quarterly**: Update ROI analysis, base images
        - **As needed**: Record issues, template updates

        """

    static let dockerfileTypes = """
        **Dockerfile Types**:
        - Production: Multi-stage wheel build
        - Test: Editable install for CI
        - Both: Production + Test

        """

    static let levelDefinitions = """
        **Level Definitions**:
        - **Level 1**: Dockerfile only, manual builds
        - **Level 2**: docker-compose.yml, volume management
        - **Level 3**: CI/CD with cache, Dockerfile.test
        - **Level 4**: Registry, automated releases, monitoring

        """
}
