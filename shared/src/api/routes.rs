//! The route table: the single source for which method and path reach which endpoint.
//! API Gateway is wired from it (checked by the template drift test), `boses-local`
//! routes with it, and the OpenAPI drift test compares against it.

use lambda_http::http::Method;

use super::{handlers, personas, Handler};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Endpoint {
    ParsePrompt,
    ListGroups,
    CreateGroup,
    GetGroup,
    UpdateGroup,
    DeleteGroup,
    GenerateGroup,
    ListPersonas,
    GetPersona,
    DeletePersona,
    DeletePersonas,
}

/// What a function needs besides the store, so that each Lambda builds only that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Needs {
    /// The SQS queue generate sends runs to.
    pub queue: bool,
    /// Parse-prompt's optional LLM client.
    pub prompt_llm: bool,
}

impl Needs {
    /// Everything: what `boses-local` serves with.
    pub const ALL: Needs = Needs {
        queue: true,
        prompt_llm: true,
    };
}

const NOTHING: Needs = Needs {
    queue: false,
    prompt_llm: false,
};

/// One endpoint, named once: its method and path, the function that serves it and
/// that function's handler. A Lambda's `main` names its `Route` constant and so links
/// only that handler; `boses-local` routes over [`routes`].
#[derive(Clone)]
pub struct Route {
    pub endpoint: Endpoint,
    pub method: Method,
    /// API Gateway route syntax.
    pub path: &'static str,
    /// The crate under `functions/` (and the SAM resource) that serves it; its `main`
    /// uses the constant of the same name in upper case (checked by `tests/drift.rs`).
    pub function: &'static str,
    pub handler: Handler,
    pub needs: Needs,
}

pub const BASE: &str = "/api/v1/projects/{project_id}/persona-groups";

pub const PARSE_PROMPT: Route = Route {
    endpoint: Endpoint::ParsePrompt,
    method: Method::POST,
    path: "/api/v1/projects/{project_id}/persona-groups/parse-prompt",
    function: "parse-prompt",
    handler: |a, r| Box::pin(handlers::parse_prompt(a, r)),
    needs: Needs {
        queue: false,
        prompt_llm: true,
    },
};
pub const LIST_GROUPS: Route = Route {
    endpoint: Endpoint::ListGroups,
    method: Method::GET,
    path: "/api/v1/projects/{project_id}/persona-groups",
    function: "list-groups",
    handler: |a, r| Box::pin(handlers::list_groups(a, r)),
    needs: NOTHING,
};
pub const CREATE_GROUP: Route = Route {
    endpoint: Endpoint::CreateGroup,
    method: Method::POST,
    path: "/api/v1/projects/{project_id}/persona-groups",
    function: "create-group",
    handler: |a, r| Box::pin(handlers::create_group(a, r)),
    needs: NOTHING,
};
pub const GET_GROUP: Route = Route {
    endpoint: Endpoint::GetGroup,
    method: Method::GET,
    path: "/api/v1/projects/{project_id}/persona-groups/{group_id}",
    function: "get-group",
    handler: |a, r| Box::pin(handlers::get_group(a, r)),
    needs: NOTHING,
};
pub const UPDATE_GROUP: Route = Route {
    endpoint: Endpoint::UpdateGroup,
    method: Method::PATCH,
    path: "/api/v1/projects/{project_id}/persona-groups/{group_id}",
    function: "update-group",
    handler: |a, r| Box::pin(handlers::update_group(a, r)),
    needs: NOTHING,
};
pub const DELETE_GROUP: Route = Route {
    endpoint: Endpoint::DeleteGroup,
    method: Method::DELETE,
    path: "/api/v1/projects/{project_id}/persona-groups/{group_id}",
    function: "delete-group",
    handler: |a, r| Box::pin(handlers::delete_group(a, r)),
    needs: NOTHING,
};
pub const GENERATE_GROUP: Route = Route {
    endpoint: Endpoint::GenerateGroup,
    method: Method::POST,
    path: "/api/v1/projects/{project_id}/persona-groups/{group_id}/generate",
    function: "generate-group",
    handler: |a, r| Box::pin(handlers::generate(a, r)),
    needs: Needs {
        queue: true,
        prompt_llm: false,
    },
};
pub const LIST_PERSONAS: Route = Route {
    endpoint: Endpoint::ListPersonas,
    method: Method::GET,
    path: "/api/v1/projects/{project_id}/persona-groups/{group_id}/personas",
    function: "list-personas",
    handler: |a, r| Box::pin(personas::list_personas(a, r)),
    needs: NOTHING,
};
pub const GET_PERSONA: Route = Route {
    endpoint: Endpoint::GetPersona,
    method: Method::GET,
    path: "/api/v1/projects/{project_id}/persona-groups/{group_id}/personas/{persona_id}",
    function: "get-persona",
    handler: |a, r| Box::pin(personas::get_persona(a, r)),
    needs: NOTHING,
};
pub const DELETE_PERSONA: Route = Route {
    endpoint: Endpoint::DeletePersona,
    method: Method::DELETE,
    path: "/api/v1/projects/{project_id}/persona-groups/{group_id}/personas/{persona_id}",
    function: "delete-persona",
    handler: |a, r| Box::pin(personas::delete_persona(a, r)),
    needs: NOTHING,
};
pub const DELETE_PERSONAS: Route = Route {
    endpoint: Endpoint::DeletePersonas,
    method: Method::DELETE,
    path: "/api/v1/projects/{project_id}/persona-groups/{group_id}/personas",
    function: "delete-personas",
    handler: |a, r| Box::pin(personas::delete_personas(a, r)),
    needs: NOTHING,
};

/// Every route: what `boses-local` serves, and what the drift tests compare with the
/// template and the OpenAPI document.
pub fn routes() -> [Route; 11] {
    [
        PARSE_PROMPT,
        LIST_GROUPS,
        CREATE_GROUP,
        GET_GROUP,
        UPDATE_GROUP,
        DELETE_GROUP,
        GENERATE_GROUP,
        LIST_PERSONAS,
        GET_PERSONA,
        DELETE_PERSONA,
        DELETE_PERSONAS,
    ]
}

/// The route of an endpoint.
pub fn route_of(endpoint: Endpoint) -> Route {
    // Every endpoint has exactly one route (a unit test checks it).
    routes()
        .into_iter()
        .find(|r| r.endpoint == endpoint)
        .unwrap_or(LIST_GROUPS)
}

pub struct PathMatch {
    /// Every route whose path template matched, whatever its method.
    pub candidates: Vec<(Method, Endpoint)>,
    pub params: Vec<(&'static str, String)>,
}

/// Matches a path against the templates. Like API Gateway, a literal segment beats a
/// `{param}` segment, and parameters never span a `/`. A trailing slash is ignored.
pub fn match_path(path: &str) -> Option<PathMatch> {
    let segments = segments(path);
    let mut best: Option<(usize, PathMatch)> = None;
    for route in routes() {
        let Some((literals, params)) = match_segments(route.path, &segments) else {
            continue;
        };
        match &mut best {
            Some((score, m)) if *score == literals => {
                m.candidates.push((route.method.clone(), route.endpoint))
            }
            Some((score, _)) if *score > literals => {}
            _ => {
                best = Some((
                    literals,
                    PathMatch {
                        candidates: vec![(route.method.clone(), route.endpoint)],
                        params,
                    },
                ))
            }
        }
    }
    best.map(|(_, m)| m)
}

/// The path parameters of `path` under one template, when it matches (what API Gateway
/// would have put in the event for that route).
pub fn params_for(template: &str, path: &str) -> Option<Vec<(&'static str, String)>> {
    let segments = segments(path);
    match_segments(template, &segments).map(|(_, params)| params)
}

/// A path's segments; a trailing slash is ignored.
fn segments(path: &str) -> Vec<&str> {
    path.strip_suffix('/')
        .filter(|p| !p.is_empty())
        .unwrap_or(path)
        .split('/')
        .collect()
}

/// (number of literal segments, parameters) when the template matches.
fn match_segments(
    template: &str,
    segments: &[&str],
) -> Option<(usize, Vec<(&'static str, String)>)> {
    let template: Vec<&str> = template.split('/').collect();
    if template.len() != segments.len() {
        return None;
    }
    let mut params = Vec::new();
    let mut literals = 0;
    let ok = template.iter().zip(segments).all(|(t, s)| {
        if let Some(name) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
            params.push((name_static(name), percent_decode(s)));
            !s.is_empty()
        } else {
            literals += 1;
            t == s
        }
    });
    ok.then_some((literals, params))
}

fn name_static(name: &str) -> &'static str {
    match name {
        "project_id" => "project_id",
        "group_id" => "group_id",
        "persona_id" => "persona_id",
        _ => "param",
    }
}

fn percent_decode(s: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_each_route_with_params() {
        let m = match_path("/api/v1/projects/p/persona-groups/g/personas").unwrap();
        assert_eq!(
            m.candidates,
            vec![
                (Method::GET, Endpoint::ListPersonas),
                (Method::DELETE, Endpoint::DeletePersonas)
            ]
        );
        assert_eq!(
            m.params,
            vec![("project_id", "p".to_owned()), ("group_id", "g".to_owned())]
        );
        let m = match_path("/api/v1/projects/p/persona-groups/g/personas/x").unwrap();
        assert_eq!(
            m.candidates,
            vec![
                (Method::GET, Endpoint::GetPersona),
                (Method::DELETE, Endpoint::DeletePersona)
            ]
        );
        assert_eq!(m.params[2], ("persona_id", "x".to_owned()));
        let m = match_path("/api/v1/projects/p/persona-groups/").unwrap();
        assert_eq!(m.candidates.len(), 2);
        let m = match_path("/api/v1/projects/p/persona-groups/g").unwrap();
        assert_eq!(m.candidates.len(), 3);
    }

    #[test]
    fn every_endpoint_has_exactly_one_route() {
        let all = routes();
        for r in &all {
            assert_eq!(all.iter().filter(|o| o.endpoint == r.endpoint).count(), 1);
            assert_eq!(route_of(r.endpoint).function, r.function);
            assert!(r.path.starts_with(BASE), "{}", r.path);
        }
    }

    #[test]
    fn unknown_paths_do_not_match() {
        for p in [
            "/",
            "/api/v1/projects",
            "/api/v1/projects//persona-groups",
            "/api/v1/projects/p/persona-groups/g/x/y",
        ] {
            assert!(match_path(p).is_none(), "{p}");
        }
    }

    #[test]
    fn percent_decoding_is_total() {
        assert_eq!(percent_decode("a%20b"), "a b");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%e2%82"), "\u{fffd}");
    }
}
