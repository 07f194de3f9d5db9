//! Where the CLI finds its API URL, key and project: flags, then `BOSES_API_URL` /
//! `BOSES_API_KEY` / `BOSES_PROJECT_ID`, then the config file `boses configure` writes.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Debug, Default, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct FileConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<String>,
}

/// `$BOSES_CONFIG`, else `$XDG_CONFIG_HOME/boses/config.json`, else
/// `~/.config/boses/config.json`.
pub fn path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("BOSES_CONFIG").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("boses").join("config.json"))
}

pub fn load() -> FileConfig {
    path()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

pub fn save(cfg: &FileConfig) -> Result<PathBuf, String> {
    let p = path().ok_or("cannot find a config directory (set HOME or BOSES_CONFIG)")?;
    if let Some(dir) = p.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let text = serde_json::to_string_pretty(cfg).map_err(|e| e.to_string())?;
    write_private(&p, &text).map_err(|e| format!("{}: {e}", p.display()))?;
    Ok(p)
}

/// The file holds a secret: readable by its owner only.
#[cfg(unix)]
fn write_private(p: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(p)?;
    f.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(p: &std::path::Path, text: &str) -> std::io::Result<()> {
    std::fs::write(p, text)
}

/// Shows that a key is set without showing the key.
pub fn mask(key: &str) -> String {
    let tail: String = key
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("boses_…{tail}")
}

#[derive(Debug, Clone)]
pub struct Resolved {
    pub api_url: String,
    pub api_key: String,
    pub project_id: String,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

pub fn resolve(
    url: Option<String>,
    key: Option<String>,
    project: Option<String>,
) -> Result<Resolved, String> {
    let file = load();
    let api_url = url
        .or_else(|| env("BOSES_API_URL"))
        .or(file.api_url)
        .ok_or("no API URL: pass --api-url, set BOSES_API_URL, or run `boses configure`")?;
    let api_key = key
        .or_else(|| env("BOSES_API_KEY"))
        .or(file.api_key)
        .ok_or("no API key: pass --api-key, set BOSES_API_KEY, or run `boses configure`")?;
    let project_id = project
        .or_else(|| env("BOSES_PROJECT_ID"))
        .or(file.project_id)
        .ok_or("no project: pass --project, set BOSES_PROJECT_ID, or run `boses configure`")?;
    Ok(Resolved {
        api_url: api_url.trim().trim_end_matches('/').to_owned(),
        api_key: api_key.trim().to_owned(),
        project_id: project_id.trim().to_owned(),
    })
}
