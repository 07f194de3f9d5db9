"""Drives boses-local through the client openapi-python-client generated from
openapi.yaml: parse-prompt -> create -> generate -> poll -> personas -> get one ->
delete one -> delete all. Run by scripts/sdk.sh; exits non-zero on the first surprise.

Usage: drive.py BASE_URL API_KEY PROJECT_ID
"""

import sys
import time
from uuid import UUID

from boses_persona_groups_api_client import AuthenticatedClient
from boses_persona_groups_api_client.api.default import (
    create_group,
    delete_persona,
    delete_personas,
    generate_personas,
    get_group,
    get_persona,
    list_personas,
    parse_prompt,
)
from boses_persona_groups_api_client.models import (
    Error,
    Group,
    GroupCreate,
    ParsePromptRequest,
    Persona,
)


def expect(cond, what):
    if not cond:
        print(f"sdk: FAILED: {what}", file=sys.stderr)
        sys.exit(1)


def main():
    base, key, project = sys.argv[1], sys.argv[2], UUID(sys.argv[3])
    client = AuthenticatedClient(base_url=base, token=key, raise_on_unexpected_status=True)

    parsed = parse_prompt.sync(
        project,
        client=client,
        body=ParsePromptRequest(prompt="Gen Z coffee drinkers in Jakarta, 4 personas"),
    )
    expect(isinstance(parsed, GroupCreate), f"parse-prompt answered {parsed!r}")
    expect(parsed.persona_count == 4, f"persona_count {parsed.persona_count!r}")

    # The parsed fields post unchanged, as the contract says.
    group = create_group.sync(project, client=client, body=parsed)
    expect(isinstance(group, Group), f"create answered {group!r}")

    queued = generate_personas.sync(project, group.id, client=client)
    expect(isinstance(queued, Group), f"generate answered {queued!r}")

    status = None
    for _ in range(200):
        status = get_group.sync(project, group.id, client=client)
        if str(status.generation_status.value) in ("complete", "failed"):
            break
        time.sleep(0.05)
    expect(status.generation_status.value == "complete", f"run ended {status.generation_status!r}")
    expect(status.personas_generated == 4, f"personas_generated {status.personas_generated}")

    personas = list_personas.sync(project, group.id, client=client)
    expect(len(personas) == 4 and all(isinstance(p, Persona) for p in personas), f"{personas!r}")
    expect(all(p.location == "Jakarta, Indonesia" for p in personas), "every persona in Jakarta")
    expect(all(18 <= p.age <= 29 for p in personas), "every persona Gen Z")

    one = get_persona.sync(project, group.id, personas[0].id, client=client)
    expect(isinstance(one, Persona) and one.id == personas[0].id, f"get one answered {one!r}")
    expect(one.full_name == personas[0].full_name, "the same persona")

    gone = delete_persona.sync_detailed(project, group.id, personas[0].id, client=client)
    expect(gone.status_code == 204, f"delete one answered {gone.status_code}")
    again = delete_persona.sync_detailed(project, group.id, personas[0].id, client=client)
    expect(again.status_code == 404 and isinstance(again.parsed, Error), "a repeated delete is 404")
    left = list_personas.sync(project, group.id, client=client)
    expect([p.id for p in left] == [p.id for p in personas[1:]], "the rest, in order")
    expect(get_group.sync(project, group.id, client=client).personas_generated == 3, "count follows")

    cleared = delete_personas.sync_detailed(project, group.id, client=client)
    expect(cleared.status_code == 204, f"delete all answered {cleared.status_code}")
    expect(list_personas.sync(project, group.id, client=client) == [], "no personas left")
    print(f"sdk: python client drove {base}: parse-prompt, create, generate, poll, list, get one, delete one, delete all")


if __name__ == "__main__":
    main()
