"""The investigation graph: capture → extract → classify → check registry → find law → assess → write."""

from __future__ import annotations

from langgraph.graph import END, START, StateGraph

from agent.context import RunContext
from agent.nodes.assess import assess
from agent.nodes.capture import capture
from agent.nodes.classify import classify
from agent.nodes.extract import extract
from agent.nodes.laws import find_laws
from agent.nodes.registry_check import check_registry
from agent.nodes.write import write
from agent.state import InvestigationState


def after_capture(state: InvestigationState) -> str:
    return "find_laws" if state.get("capture_error") else "extract"


def after_extract(state: InvestigationState) -> str:
    facts = state.get("facts")
    if facts is None:
        raise ValueError("extract produced no facts")
    return "classify" if facts.is_listing else "find_laws"


def build_graph() -> StateGraph:
    """The uncompiled graph; callers compile it with their own checkpointer."""
    graph = StateGraph(InvestigationState, context_schema=RunContext)
    graph.add_node("capture", capture)
    graph.add_node("extract", extract)
    graph.add_node("classify", classify)
    graph.add_node("check_registry", check_registry)
    graph.add_node("find_laws", find_laws)
    graph.add_node("assess", assess)
    graph.add_node("write", write)
    graph.add_edge(START, "capture")
    graph.add_conditional_edges("capture", after_capture, ["extract", "find_laws"])
    graph.add_conditional_edges("extract", after_extract, ["classify", "find_laws"])
    graph.add_edge("classify", "check_registry")
    graph.add_edge("check_registry", "find_laws")
    graph.add_edge("find_laws", "assess")
    graph.add_edge("assess", "write")
    graph.add_edge("write", END)
    return graph
