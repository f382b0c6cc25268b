"""/api/docs: the OpenAPI description as a page served from the package (no CDN, no script)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ontmoeting.web.templating import render

router = APIRouter(tags=["pages"], include_in_schema=False)

METHODS = ("get", "post", "put", "patch", "delete")


@router.get("/api/docs")
def api_docs(request: Request):
    spec = request.app.openapi()
    operations = []
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                operation = item[method]
                operations.append(
                    {
                        "method": method.upper(),
                        "path": path,
                        "summary": operation.get("summary", ""),
                        "parameters": [p.get("name") for p in operation.get("parameters", [])],
                        "body": "requestBody" in operation,
                    }
                )
    return render(request, "api_docs.html", {"operations": operations, "info": spec.get("info", {})})
