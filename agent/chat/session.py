"""A chat session: each message gets an answer; offline by rules over the message, or through a configured model."""

from __future__ import annotations

from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from agent.chat.actions import ChatActions
from agent.chat.intents import Intent, read_intent
from agent.chat.model_turn import model_turn
from agent.errors import SodsongError

HISTORY_TURNS = 8
HELP = """Paste a listing URL to investigate it (add "ร้าน"/"seller" for a seller page).
Then ask "ทำไม" / "why" for the evidence behind each finding, or "report" for the full report.
Give a licence number (e.g. ท 7315-5/934) to look it up, "มาตรา 36" for a section with its penalty,
or ask a legal question in Thai or English ("ขายปลั๊กพ่วงไม่มี มอก. โดนอะไร"). "quit" ends the chat."""


@dataclass
class Reply:
    text: str
    done: bool = False


@dataclass
class ChatSession:
    actions: ChatActions
    model: BaseChatModel | None = None
    history: list[BaseMessage] = field(default_factory=list)

    def reply(self, message: str) -> Reply:
        intent = read_intent(message)
        if intent.kind == "quit":
            return Reply("bye", done=True)
        if intent.kind == "help":
            return Reply(HELP)
        try:
            if self.model is not None:
                return Reply(self._with_model(message, intent))
            return Reply(self._by_rules(intent))
        except SodsongError as exc:
            return Reply(f"error: {exc}")

    def _by_rules(self, intent: Intent) -> str:
        if intent.kind in ("investigate", "investigate_seller"):
            return self.actions.investigate(intent.url or "", seller=intent.kind == "investigate_seller")
        if intent.kind == "explain":
            return self.actions.explain()
        if intent.kind == "report":
            return self.actions.report()
        if intent.kind == "licence":
            return self.actions.licences(intent.licences)
        if intent.kind == "section":
            return self.actions.section(intent.section or "", intent.text)
        return self.actions.search(intent.text)

    def _with_model(self, message: str, intent: Intent) -> str:
        try:
            answer, investigated = model_turn(self.model, self.actions, self.history, message)
        except SodsongError:
            raise
        except Exception as exc:  # noqa: BLE001 - the model is optional: answer by rules and say so
            return f"(model unavailable: {type(exc).__name__}; answering without it)\n" + self._by_rules(intent)
        self.history += [HumanMessage(message), AIMessage(answer)]
        self.history = self.history[-2 * HISTORY_TURNS:]
        decided = "\n\n".join(f"Decided by code:\n{summary}" for summary in investigated)
        return f"{decided}\n\n{answer}".strip() if decided else answer
