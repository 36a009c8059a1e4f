import { createRoot } from "react-dom/client";
import { App } from "./components/App";

Office.onReady(() => {
  createRoot(document.getElementById("root")!).render(<App />);
});
