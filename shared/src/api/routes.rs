//! The route table: the single source for which method and path reach which endpoint.
//! API Gateway is wired from it (checked by the template drift test), `boses-local`
//! routes with it, and the OpenAPI drift test compares against it.

use lambda_http::http::Method;

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
}

pub struct Route {
    pub method: Method,
    /// API Gateway route syntax.
    pub path: &'static str,
    pub endpoint: Endpoint,
    /// The crate under `functions/` (and the SAM resource) that serves it.
    pub function: &'static str,
}

pub const BASE: &str = "/api/v1/projects/{project_id}/persona-groups";

pub fn routes() -> Vec<Route> {
    let r = |method: Method, path: &'static str, endpoint, function| Route {
        method,
        path,
        endpoint,
        function,
    };
    vec![
        r(
            Method::POST,
            "/api/v1/projects/{project_id}/persona-groups/parse-prompt",
            Endpoint::ParsePrompt,
            "parse-prompt",
        ),
        r(
            Method::GET,
            "/api/v1/projects/{project_id}/persona-groups",
            Endpoint::ListGroups,
            "list-groups",
        ),
        r(
            Method::POST,
            "/api/v1/projects/{project_id}/persona-groups",
            Endpoint::CreateGroup,
            "create-group",
        ),
        r(
            Method::GET,
            "/api/v1/projects/{project_id}/persona-groups/{group_id}",
            Endpoint::GetGroup,
            "get-group",
        ),
        r(
            Method::PATCH,
            "/api/v1/projects/{project_id}/persona-groups/{group_id}",
            Endpoint::UpdateGroup,
            "update-group",
        ),
        r(
            Method::DELETE,
            "/api/v1/projects/{project_id}/persona-groups/{group_id}",
            Endpoint::DeleteGroup,
            "delete-group",
        ),
        r(
            Method::POST,
            "/api/v1/projects/{project_id}/persona-groups/{group_id}/generate",
            Endpoint::GenerateGroup,
            "generate-group",
        ),
        r(
            Method::GET,
            "/api/v1/projects/{project_id}/persona-groups/{group_id}/personas",
            Endpoint::ListPersonas,
            "list-personas",
        ),
    ]
}

pub struct PathMatch {
    /// Every route whose path template matched, whatever its method.
    pub candidates: Vec<(Method, Endpoint)>,
    pub params: Vec<(&'static str, String)>,
}

/// Matches a path against the templates. Like API Gateway, a literal segment beats a
/// `{param}` segment, and parameters never span a `/`. A trailing slash is ignored.
pub fn match_path(path: &str) -> Option<PathMatch> {
    let trimmed = path
        .strip_suffix('/')
        .filter(|p| !p.is_empty())
        .unwrap_or(path);
    let segments: Vec<&str> = trimmed.split('/').collect();
    let mut best: Option<(usize, PathMatch)> = None;
    for route in routes() {
        let template: Vec<&str> = route.path.split('/').collect();
        if template.len() != segments.len() {
            continue;
        }
        let mut params = Vec::new();
        let mut literals = 0;
        let ok = template.iter().zip(&segments).all(|(t, s)| {
            if let Some(name) = t.strip_prefix('{').and_then(|t| t.strip_suffix('}')) {
                let decoded = percent_decode(s);
                params.push((name_static(name), decoded));
                !s.is_empty()
            } else {
                literals += 1;
                t == s
            }
        });
        if !ok {
            continue;
        }
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

fn name_static(name: &str) -> &'static str {
    match name {
        "project_id" => "project_id",
        "group_id" => "group_id",
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
        assert_eq!(m.candidates, vec![(Method::GET, Endpoint::ListPersonas)]);
        assert_eq!(
            m.params,
            vec![("project_id", "p".to_owned()), ("group_id", "g".to_owned())]
        );
        let m = match_path("/api/v1/projects/p/persona-groups/").unwrap();
        assert_eq!(m.candidates.len(), 2);
        let m = match_path("/api/v1/projects/p/persona-groups/g").unwrap();
        assert_eq!(m.candidates.len(), 3);
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
