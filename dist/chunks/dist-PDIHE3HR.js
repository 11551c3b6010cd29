#!/usr/bin/env node
import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import "./chunk-5HX2GR4K.js";

// node_modules/@pydantic/genai-prices/dist/index.js
var E = [{ "id": "openai", "name": "OpenAI", "pricing_urls": ["https://developers.openai.com/api/docs/pricing", "https://developers.openai.com/api/docs/guides/prompt-caching", "https://platform.openai.com/docs/pricing", "https://openai.com/api/pricing/", "https://platform.openai.com/docs/models", "https://help.openai.com/en/articles/7127956-how-much-does-gpt-4-cost"], "api_pattern": "https://api\\.openai\\.com", "model_match": { "or": [{ "starts_with": "gpt-" }, { "equals": "whisper-1" }, { "regex": "^o[134]" }] }, "provider_match": { "contains": "openai" }, "extractors": [{ "api_flavor": "chat", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }, { "path": ["prompt_tokens_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["prompt_tokens_details", "cache_write_tokens"], "dest": "cache_write_tokens", "required": false }, { "path": ["prompt_tokens_details", "audio_tokens"], "dest": "input_audio_tokens", "required": false }, { "path": ["completion_tokens_details", "audio_tokens"], "dest": "output_audio_tokens", "required": false }, { "path": ["completion_tokens_details", "reasoning_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "completion_tokens", "dest": "output_tokens", "required": true }] }, { "api_flavor": "responses", "root": "usage", "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": true }, { "path": ["input_tokens_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["input_tokens_details", "cache_write_tokens"], "dest": "cache_write_tokens", "required": false }, { "path": ["output_tokens_details", "reasoning_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "output_tokens", "dest": "output_tokens", "required": true }] }, { "api_flavor": "realtime", "root": ["response", "usage"], "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": false }, { "path": ["input_token_details", "text_tokens"], "dest": "input_text_tokens", "required": false }, { "path": ["input_token_details", "audio_tokens"], "dest": "input_audio_tokens", "required": false }, { "path": ["input_token_details", "image_tokens"], "dest": "input_image_tokens", "required": false }, { "path": ["input_token_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["input_token_details", "cached_tokens_details", "text_tokens"], "dest": "cache_text_read_tokens", "required": false }, { "path": ["input_token_details", "cached_tokens_details", "audio_tokens"], "dest": "cache_audio_read_tokens", "required": false }, { "path": ["input_token_details", "cached_tokens_details", "image_tokens"], "dest": "cache_image_read_tokens", "required": false }, { "path": ["output_token_details", "text_tokens"], "dest": "output_text_tokens", "required": false }, { "path": ["output_token_details", "audio_tokens"], "dest": "output_audio_tokens", "required": false }, { "path": "output_tokens", "dest": "output_tokens", "required": false }] }, { "api_flavor": "images", "root": "usage", "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": true }, { "path": ["input_tokens_details", "text_tokens"], "dest": "input_text_tokens", "required": true }, { "path": ["input_tokens_details", "image_tokens"], "dest": "input_image_tokens", "required": true }, { "path": "output_tokens", "dest": "output_tokens", "required": true }, { "path": ["output_tokens_details", "text_tokens"], "dest": "output_text_tokens", "required": false }, { "path": ["output_tokens_details", "image_tokens"], "dest": "output_image_tokens", "required": false }] }, { "api_flavor": "embeddings", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }] }], "models": [{ "id": "ada", "match": { "or": [{ "equals": "ada" }, { "equals": "text-ada-001" }] }, "prices": { "input_mtok": 0.4, "output_mtok": 0.4 } }, { "id": "babbage", "match": { "equals": "babbage" }, "prices": { "input_mtok": 0.5, "output_mtok": 0.5 } }, { "id": "chatgpt-4o-latest", "name": "ChatGPT-4o", "description": "OpenAI ChatGPT 4o is continually updated by OpenAI to point to the current version of GPT-4o used by ChatGPT. It therefore differs slightly from the API version of GPT-4o in that it has additional RLHF. It is intended for research and evaluation.", "match": { "equals": "chatgpt-4o-latest" }, "context_window": 128e3, "prices": { "input_mtok": 5, "output_mtok": 15 } }, { "id": "codex-mini", "name": "Codex Mini", "description": "codex-mini-latest is a fine-tuned version of o4-mini specifically for use in Codex CLI. For direct use in the API, we recommend starting with gpt-4.1.", "match": { "or": [{ "equals": "codex-mini" }, { "equals": "codex-mini-latest" }] }, "context_window": 2e5, "prices": { "input_mtok": 1.5, "cache_read_mtok": 0.375, "output_mtok": 6 } }, { "id": "computer-use", "name": "Computer use", "match": { "starts_with": "computer-use" }, "context_window": 8192, "prices": { "input_mtok": 3, "output_mtok": 12 } }, { "id": "curie", "match": { "or": [{ "equals": "curie" }, { "equals": "text-curie-001" }] }, "prices": { "input_mtok": 2, "output_mtok": 2 } }, { "id": "davinci", "match": { "or": [{ "equals": "davinci" }, { "equals": "text-davinci-001" }] }, "prices": { "input_mtok": 20, "output_mtok": 20 } }, { "id": "ft:gpt-3.5-turbo-", "description": "GPT-3.5 Turbo fine tuned.", "match": { "starts_with": "ft:gpt-3.5-turbo" }, "prices": { "input_mtok": 3, "output_mtok": 6 } }, { "id": "ft:gpt-4o", "description": "GPT-4o fine tuned.", "match": { "starts_with": "ft:gpt-4o-2024-" }, "prices": { "input_mtok": 3.75, "output_mtok": 15 } }, { "id": "ft:gpt-4o-mini", "description": "GPT-4o Mini fine tuned.", "match": { "starts_with": "ft:gpt-4o-mini-2024-" }, "prices": { "input_mtok": 0.3, "output_mtok": 1.2 } }, { "id": "gpt-3.5-0301", "match": { "or": [{ "equals": "gpt-3.5-turbo-0301" }, { "equals": "gpt-3.5-0301" }] }, "prices": { "input_mtok": 1.5, "output_mtok": 2 } }, { "id": "gpt-3.5-turbo", "name": "gpt 3.5 turbo", "description": "GPT-3.5 Turbo offers a balance between cost and performance.", "match": { "or": [{ "equals": "gpt-3.5-turbo" }, { "equals": "gpt-35-turbo" }, { "equals": "gpt-3.5-turbo-0125" }] }, "context_window": 16385, "prices": { "input_mtok": 0.5, "output_mtok": 1.5 } }, { "id": "gpt-3.5-turbo-0613", "match": { "equals": "gpt-3.5-turbo-0613" }, "context_window": 16385, "prices": { "input_mtok": 1.5, "output_mtok": 2 } }, { "id": "gpt-3.5-turbo-1106", "match": { "equals": "gpt-3.5-turbo-1106" }, "context_window": 16385, "prices": { "input_mtok": 1, "output_mtok": 2 } }, { "id": "gpt-3.5-turbo-16k", "name": "GPT-3.5 Turbo 16k", "description": "This model offers four times the context length of gpt-3.5-turbo, allowing it to support approximately 20 pages of text in a single request at a higher cost. Training data: up to Sep 2021.", "match": { "or": [{ "equals": "gpt-3.5-turbo-16k" }, { "equals": "gpt-3.5-turbo-16k-0613" }, { "equals": "gpt-35-turbo-16k-0613" }, { "equals": "gpt-35-turbo-16k" }] }, "context_window": 16385, "prices": { "input_mtok": 3, "output_mtok": 4 } }, { "id": "gpt-3.5-turbo-instruct", "name": "gpt 3.5 turbo instruct", "description": "GPT-3.5 Turbo offers a balance between cost and performance.", "match": { "or": [{ "starts_with": "gpt-3.5-turbo-instruct" }, { "equals": "gpt-3.5-turbo-instruct-0914" }] }, "context_window": 16385, "prices": { "input_mtok": 1.5, "output_mtok": 2 } }, { "id": "gpt-4", "name": "gpt 4", "description": "GPT-4 is the latest and most advanced model in the GPT series, demonstrating sophisticated capabilities in complex reasoning, theory of mind, and narrative understanding.", "match": { "or": [{ "equals": "gpt-4" }, { "equals": "gpt-4-0314" }, { "equals": "gpt-4-0613" }, { "starts_with": "ft:gpt-4-0" }] }, "context_window": 8192, "prices": { "input_mtok": 30, "output_mtok": 60 } }, { "id": "gpt-4-32k", "name": "gpt 4", "description": "GPT-4 is the latest and most advanced model in the GPT series, demonstrating sophisticated capabilities in complex reasoning, theory of mind, and narrative understanding.", "match": { "or": [{ "equals": "gpt-4-32k" }, { "equals": "gpt-4-32k-0314" }, { "equals": "gpt-4-32k-0613" }] }, "context_window": 32e3, "price_comments": "see https://help.openai.com/en/articles/7127956-how-much-does-gpt-4-cost", "prices": { "input_mtok": 60, "output_mtok": 120 } }, { "id": "gpt-4-turbo", "name": "gpt 4 turbo", "description": "GPT-4 Turbo offers a balance between cost and performance.", "match": { "or": [{ "equals": "gpt-4-turbo" }, { "equals": "gpt-4-turbo-2024-04-09" }, { "equals": "gpt-4-turbo-0125-preview" }, { "equals": "gpt-4-0125-preview" }, { "equals": "gpt-4-1106-preview" }, { "equals": "gpt-4-turbo-preview" }] }, "context_window": 128e3, "prices": { "input_mtok": 10, "output_mtok": 30 } }, { "id": "gpt-4-vision-preview", "name": "gpt 4 vision", "description": "GPT-4 Vision is a model that offers a balance between cost and performance.", "match": { "or": [{ "equals": "gpt-4-vision-preview" }, { "equals": "gpt-4-1106-vision-preview" }] }, "context_window": 128e3, "prices": { "input_mtok": 10, "output_mtok": 30 } }, { "id": "gpt-4.1", "name": "gpt 4.1", "description": "GPT-4.1 is OpenAI's latest flagship model, offering major improvements in coding, instruction following, and long context understanding with up to 1 million tokens of context.", "match": { "or": [{ "equals": "gpt-4.1" }, { "equals": "gpt-4.1-2025-04-14" }] }, "context_window": 1e6, "prices": { "input_mtok": 2, "cache_read_mtok": 0.5, "output_mtok": 8, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-4.1-mini", "name": "gpt 4.1 mini", "description": "GPT-4.1 Mini is a significant leap in small model performance, matching or exceeding GPT-4o in many benchmarks while reducing latency by nearly half and cost by 83%.", "match": { "or": [{ "equals": "gpt-4.1-mini" }, { "equals": "gpt-4.1-mini-2025-04-14" }] }, "context_window": 1e6, "prices": { "input_mtok": 0.4, "cache_read_mtok": 0.1, "output_mtok": 1.6, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-4.1-nano", "name": "gpt 4.1 nano", "description": "GPT-4.1 Nano is OpenAI's fastest and cheapest model, delivering exceptional performance for its size with a 1 million token context window, ideal for classification and autocompletion tasks.", "match": { "or": [{ "equals": "gpt-4.1-nano" }, { "equals": "gpt-4.1-nano-2025-04-14" }] }, "context_window": 1e6, "prices": { "input_mtok": 0.1, "cache_read_mtok": 0.025, "output_mtok": 0.4 } }, { "id": "gpt-4.5-preview", "name": "GPT-4.5 (Preview)", "description": "GPT-4.5 (Preview) is a research preview of OpenAI's latest language model, designed to advance capabilities in reasoning, creativity, and multi-turn conversation. It builds on previous iterations with improvements in world knowledge, contextual coherence, and the ability to follow user intent more effectively.", "match": { "starts_with": "gpt-4.5-preview" }, "prices": { "input_mtok": 75, "cache_read_mtok": 37.5, "output_mtok": 150 } }, { "id": "gpt-4o", "name": "gpt 4o", "description": "GPT-4 Optimized (GPT-4o) is designed for high performance in reasoning, creativity, and technical tasks while maintaining consistent output quality.", "match": { "or": [{ "equals": "gpt-4o" }, { "equals": "gpt-4o-2024-08-06" }, { "equals": "gpt-4o-2024-11-20" }] }, "context_window": 128e3, "prices": { "input_mtok": 2.5, "cache_read_mtok": 1.25, "output_mtok": 10, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-4o-2024-05-13", "name": "gpt 4o (2024-05-13)", "description": "Original GPT-4o snapshot, retained at its launch rates, which are higher than later gpt-4o snapshots and have no cached-input discount.", "match": { "equals": "gpt-4o-2024-05-13" }, "context_window": 128e3, "price_comments": "Split out of the shared gpt-4o entry: OpenAI lists this snapshot separately at $5/$15 with no cached-input price. Ref: https://developers.openai.com/api/docs/pricing.md", "prices": { "input_mtok": 5, "output_mtok": 15, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-4o-audio-preview", "name": "gpt 4o audio preview", "description": "Audio model for gpt-4o", "match": { "starts_with": "gpt-4o-audio-preview" }, "context_window": 128e3, "prices": { "input_mtok": 2.5, "output_mtok": 10 } }, { "id": "gpt-4o-mini", "name": "gpt 4o mini", "description": "GPT-4o Mini is a cost-optimized variant of GPT-4o, designed for high-efficiency processing while maintaining strong performance. It excels in rapid inference and resource-efficient operations, making it ideal for production deployments requiring a balance of cost and capability.", "match": { "or": [{ "equals": "gpt-4o-mini" }, { "equals": "gpt-4o-mini-2024-07-18" }, { "equals": "gpt-4o-mini-search-preview" }, { "equals": "gpt-4o-mini-search-preview-2025-03-11" }] }, "context_window": 128e3, "prices": { "input_mtok": 0.15, "cache_read_mtok": 0.075, "output_mtok": 0.6, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-4o-mini-2024-07-18.ft-", "description": "GPT-4o Mini fine tuned.", "match": { "starts_with": "gpt-4o-mini-2024-07-18.ft-" }, "prices": { "input_mtok": 0.3, "output_mtok": 1.2 } }, { "id": "gpt-4o-mini-audio-preview", "name": "gpt 4o mini audio preview", "description": "Audio model for gpt-4o mini", "match": { "starts_with": "gpt-4o-mini-audio" }, "context_window": 128e3, "prices": { "input_mtok": 0.15, "output_mtok": 0.6 } }, { "id": "gpt-4o-mini-realtime-preview", "match": { "starts_with": "gpt-4o-mini-realtime" }, "context_window": 16e3, "prices": { "input_mtok": 0.6, "cache_read_mtok": 0.3, "output_mtok": 2.4, "input_audio_mtok": 10, "cache_audio_read_mtok": 0.3, "output_audio_mtok": 20 } }, { "id": "gpt-4o-mini-transcribe", "match": { "equals": "gpt-4o-mini-transcribe" }, "context_window": 16e3, "prices": { "input_mtok": 1.25, "output_mtok": 5, "input_audio_mtok": 3 } }, { "id": "gpt-4o-mini-tts", "match": { "equals": "gpt-4o-mini-tts" }, "prices": { "input_mtok": 0.6, "output_mtok": 12 } }, { "id": "gpt-4o-realtime-preview", "match": { "starts_with": "gpt-4o-realtime" }, "context_window": 32e3, "prices": { "input_mtok": 5, "cache_read_mtok": 2.5, "output_mtok": 20, "input_audio_mtok": 40, "cache_audio_read_mtok": 2.5, "output_audio_mtok": 80 } }, { "id": "gpt-4o-search-preview", "name": "GPT-4o Search Preview", "description": "GPT-4o Search Previewis a specialized model for web search in Chat Completions. It is trained to understand and execute web search queries.", "match": { "or": [{ "equals": "gpt-4o-search-preview" }, { "equals": "gpt-4o-search-preview-2025-03-11" }] }, "context_window": 128e3, "prices": { "input_mtok": 2.5, "output_mtok": 10 } }, { "id": "gpt-4o-transcribe", "match": { "or": [{ "equals": "gpt-4o-transcribe" }, { "equals": "gpt-4o-transcribe-diarize" }] }, "context_window": 16e3, "price_comments": "See https://developers.openai.com/api/docs/models/gpt-4o-transcribe-diarize.", "prices": { "input_mtok": 2.5, "output_mtok": 10, "input_audio_mtok": 6 } }, { "id": "gpt-4o:extended", "name": "GPT-4o (extended)", "description": `GPT-4o ("o" for "omni") is OpenAI's latest AI model, supporting both text and image inputs with text outputs. It maintains the intelligence level of GPT-4 Turbo while being twice as fast and 50% more cost-effective. GPT-4o also offers improved performance in processing non-English languages and enhanced visual capabilities.`, "match": { "equals": "gpt-4o:extended" }, "prices": { "input_mtok": 6, "output_mtok": 18 } }, { "id": "gpt-5", "name": "GPT-5", "description": "GPT-5 is OpenAI's flagship model for coding, reasoning, and agentic tasks across domains.", "match": { "or": [{ "equals": "gpt-5" }, { "equals": "gpt-5-2025-08-07" }, { "equals": "gpt-5-chat" }, { "equals": "gpt-5-chat-latest" }, { "equals": "gpt-5-codex" }] }, "context_window": 4e5, "prices": { "input_mtok": 1.25, "cache_read_mtok": 0.125, "output_mtok": 10, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5-image", "match": { "equals": "gpt-5-image" }, "price_comments": "Seen on OpenRouter before OpenAI", "prices": { "input_mtok": 10, "cache_read_mtok": 1.25, "output_mtok": 10 } }, { "id": "gpt-5-image-mini", "match": { "equals": "gpt-5-image-mini" }, "price_comments": "Seen on OpenRouter before OpenAI", "prices": { "input_mtok": 2.5, "cache_read_mtok": 0.25, "output_mtok": 2 } }, { "id": "gpt-5-mini", "name": "GPT-5 mini", "description": "GPT-5 mini is a faster, more cost-efficient version of GPT-5. It's great for well-defined tasks and precise prompts.", "match": { "or": [{ "equals": "gpt-5-mini" }, { "equals": "gpt-5-mini-2025-08-07" }] }, "context_window": 4e5, "prices": { "input_mtok": 0.25, "cache_read_mtok": 0.025, "output_mtok": 2, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5-nano", "name": "GPT-5 nano", "description": "GPT-5 Nano is OpenAI's fastest, cheapest version of GPT-5. It's great for summarization and classification tasks.", "match": { "or": [{ "equals": "gpt-5-nano" }, { "starts_with": "gpt-5-nano-" }] }, "context_window": 4e5, "prices": { "input_mtok": 0.05, "cache_read_mtok": 5e-3, "output_mtok": 0.4, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5-pro", "match": { "or": [{ "equals": "gpt-5-pro" }, { "equals": "gpt-5-pro-2025-10-06" }] }, "context_window": 4e5, "prices": { "input_mtok": 15, "output_mtok": 120, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.1", "name": "GPT-5.1", "description": "The best model for coding and agentic tasks across industries", "match": { "or": [{ "equals": "gpt-5.1" }, { "equals": "gpt-5.1-2025-11-13" }, { "equals": "gpt-5.1-codex" }, { "equals": "gpt-5.1-codex-max" }, { "equals": "gpt-5.1-chat" }, { "equals": "gpt-5.1-chat-latest" }, { "equals": "gpt-5-1" }, { "equals": "gpt-5-1-2025-11-13" }, { "equals": "gpt-5-1-codex" }, { "equals": "gpt-5-1-codex-max" }, { "equals": "gpt-5-1-chat" }, { "equals": "gpt-5-1-chat-latest" }] }, "context_window": 4e5, "prices": { "input_mtok": 1.25, "cache_read_mtok": 0.125, "output_mtok": 10, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.1-codex-mini", "name": "GPT-5.1 Codex Mini", "match": { "or": [{ "equals": "gpt-5.1-codex-mini" }, { "equals": "gpt-5.1-mini" }, { "equals": "gpt-5-1-codex-mini" }, { "equals": "gpt-5-1-mini" }] }, "context_window": 4e5, "prices": { "input_mtok": 0.25, "cache_read_mtok": 0.025, "output_mtok": 2 } }, { "id": "gpt-5.2", "name": "GPT-5.2", "description": "The best model for coding and agentic tasks across industries", "match": { "or": [{ "equals": "gpt-5.2" }, { "equals": "gpt-5.2-2025-12-11" }, { "equals": "gpt-5-2" }, { "equals": "gpt-5-2-2025-12-11" }, { "equals": "gpt-5.2-chat" }, { "equals": "gpt-5.2-chat-latest" }, { "equals": "gpt-5-2-chat" }, { "equals": "gpt-5-2-chat-latest" }, { "equals": "gpt-5.2-codex" }, { "equals": "gpt-5-2-codex" }] }, "context_window": 4e5, "prices": { "input_mtok": 1.75, "cache_read_mtok": 0.175, "output_mtok": 14, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.2-pro", "description": "Version of GPT-5.2 that produces smarter and more precise responses.", "match": { "or": [{ "equals": "gpt-5.2-pro" }, { "equals": "gpt-5.2-pro-2025-12-11" }, { "equals": "gpt-5-2-pro-2025-12-11" }] }, "context_window": 4e5, "prices": { "input_mtok": 21, "output_mtok": 168, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.3", "name": "GPT-5.3 Chat", "description": "GPT-5.3 Instant model used in ChatGPT", "match": { "or": [{ "equals": "gpt-5.3" }, { "equals": "gpt-5-3" }, { "equals": "gpt-5.3-chat" }, { "equals": "gpt-5.3-chat-latest" }, { "equals": "gpt-5-3-chat" }, { "equals": "gpt-5-3-chat-latest" }] }, "context_window": 128e3, "prices": { "input_mtok": 1.75, "cache_read_mtok": 0.175, "output_mtok": 14 } }, { "id": "gpt-5.3-codex", "name": "GPT-5.3-Codex", "description": "The most capable agentic coding model", "match": { "or": [{ "equals": "gpt-5.3-codex" }, { "equals": "gpt-5-3-codex" }] }, "context_window": 4e5, "prices": { "input_mtok": 1.75, "cache_read_mtok": 0.175, "output_mtok": 14 } }, { "id": "gpt-5.4", "name": "GPT-5.4", "description": "OpenAI's most capable model with a 1.05M token context window.", "match": { "or": [{ "equals": "gpt-5.4" }, { "equals": "gpt-5.4-2026-03-05" }, { "equals": "gpt-5-4" }, { "equals": "gpt-5-4-2026-03-05" }] }, "context_window": 105e4, "price_comments": "OpenAI lists the standard rates for prompts with <272K input tokens, so the long-context rates begin at exactly 272K. Tier starts are encoded as 271999 because the pricing engines select a tier when the token count is greater than start. Ref: https://developers.openai.com/api/docs/pricing", "prices": { "input_mtok": { "base": 2.5, "tiers": [{ "start": 271999, "price": 5 }] }, "cache_read_mtok": { "base": 0.25, "tiers": [{ "start": 271999, "price": 0.5 }] }, "output_mtok": { "base": 15, "tiers": [{ "start": 271999, "price": 22.5 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.4-image-2", "name": "GPT-5.4 Image 2", "description": "GPT-5.4 Image 2 combines OpenAI's GPT-5.4 model with state-of-the-art image generation capabilities from GPT Image 2. It enables rich multimodal workflows across reasoning, coding, and image generation.", "match": { "equals": "gpt-5.4-image-2" }, "price_comments": "Imported from OpenRouter pricing; verify against OpenAI pricing when native API pricing is published.", "prices": { "input_mtok": 8, "cache_read_mtok": 2, "output_mtok": 15 } }, { "id": "gpt-5.4-mini", "name": "GPT-5.4 mini", "description": "Our strongest mini model yet for coding, computer use, and subagents.", "match": { "or": [{ "equals": "gpt-5.4-mini" }, { "equals": "gpt-5.4-mini-2026-03-17" }, { "equals": "gpt-5-4-mini" }, { "equals": "gpt-5-4-mini-2026-03-17" }] }, "context_window": 4e5, "prices": { "input_mtok": 0.75, "cache_read_mtok": 0.075, "output_mtok": 4.5, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.4-nano", "name": "GPT-5.4 nano", "description": "Our cheapest GPT-5.4-class model for simple high-volume tasks.", "match": { "or": [{ "equals": "gpt-5.4-nano" }, { "equals": "gpt-5.4-nano-2026-03-17" }, { "equals": "gpt-5-4-nano" }, { "equals": "gpt-5-4-nano-2026-03-17" }] }, "context_window": 4e5, "prices": { "input_mtok": 0.2, "cache_read_mtok": 0.02, "output_mtok": 1.25, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.4-pro", "name": "GPT-5.4 Pro", "description": "Version of GPT-5.4 that produces smarter and more precise responses.", "match": { "or": [{ "equals": "gpt-5.4-pro" }, { "equals": "gpt-5.4-pro-2026-03-05" }, { "equals": "gpt-5-4-pro" }, { "equals": "gpt-5-4-pro-2026-03-05" }] }, "context_window": 105e4, "price_comments": "OpenAI lists the standard rates for prompts with <272K input tokens, so the long-context rates begin at exactly 272K. Tier starts are encoded as 271999 because the pricing engines select a tier when the token count is greater than start. Ref: https://developers.openai.com/api/docs/pricing", "prices": { "input_mtok": { "base": 30, "tiers": [{ "start": 271999, "price": 60 }] }, "output_mtok": { "base": 180, "tiers": [{ "start": 271999, "price": 270 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.5", "name": "GPT-5.5", "description": "The best model for coding and agentic tasks across industries", "match": { "or": [{ "equals": "gpt-5.5" }, { "equals": "gpt-5.5-2026-04-23" }, { "equals": "gpt-5.5-2026-04-24" }, { "equals": "gpt-5-5" }, { "equals": "gpt-5-5-2026-04-23" }, { "equals": "gpt-5-5-2026-04-24" }, { "equals": "gpt-5.5-chat" }, { "equals": "gpt-5.5-chat-latest" }, { "equals": "gpt-5-5-chat" }, { "equals": "gpt-5-5-chat-latest" }, { "equals": "gpt-5.5-codex" }, { "equals": "gpt-5-5-codex" }] }, "context_window": 1e6, "price_comments": "OpenAI lists the standard rates for prompts with <272K input tokens, so the long-context rates begin at exactly 272K and bill the full request at 2x input and cached input and 1.5x output. Tier starts are encoded as 271999 because the pricing engines select a tier when the token count is greater than start. Ref: https://developers.openai.com/api/docs/models/gpt-5.5", "prices": { "input_mtok": { "base": 5, "tiers": [{ "start": 271999, "price": 10 }] }, "cache_read_mtok": { "base": 0.5, "tiers": [{ "start": 271999, "price": 1 }] }, "output_mtok": { "base": 30, "tiers": [{ "start": 271999, "price": 45 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.5-pro", "name": "GPT-5.5 Pro", "description": "Version of GPT-5.5 that produces smarter and more precise responses.", "match": { "or": [{ "equals": "gpt-5.5-pro" }, { "equals": "gpt-5.5-pro-2026-04-23" }, { "equals": "gpt-5-5-pro" }, { "equals": "gpt-5-5-pro-2026-04-23" }] }, "context_window": 1e6, "price_comments": "OpenAI lists the standard rates for prompts with <272K input tokens, so the long-context rates begin at exactly 272K and bill the full request at 2x input and 1.5x output. Tier starts are encoded as 271999 because the pricing engines select a tier when the token count is greater than start. Ref: https://developers.openai.com/api/docs/pricing", "prices": { "input_mtok": { "base": 30, "tiers": [{ "start": 271999, "price": 60 }] }, "output_mtok": { "base": 180, "tiers": [{ "start": 271999, "price": 270 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-5.6-luna", "name": "GPT-5.6 Luna", "description": "GPT-5.6 model optimized for cost-sensitive workloads.", "match": { "or": [{ "equals": "gpt-5.6-luna" }, { "equals": "gpt-5-6-luna" }, { "regex": "^gpt-5\\.6-luna-\\d{4}-\\d{2}-\\d{2}$" }, { "regex": "^gpt-5-6-luna-\\d{4}-\\d{2}-\\d{2}$" }] }, "context_window": 105e4, "price_comments": "Cache writes are billed at 1.25x the uncached input rate. OpenAI lists the standard rates for prompts with <272K input tokens, so the 2x input and 1.5x output long-context rates begin at exactly 272K. Tier starts are encoded as 271999 because the pricing engines select a tier when the token count is greater than start. OpenAI reduced Luna prices by 80% on 2026-07-30. Refs: https://developers.openai.com/api/docs/models/gpt-5.6-luna, https://developers.openai.com/api/docs/changelog", "prices": [{ "prices": { "input_mtok": { "base": 1, "tiers": [{ "start": 271999, "price": 2 }] }, "cache_write_mtok": { "base": 1.25, "tiers": [{ "start": 271999, "price": 2.5 }] }, "cache_read_mtok": { "base": 0.1, "tiers": [{ "start": 271999, "price": 0.2 }] }, "output_mtok": { "base": 6, "tiers": [{ "start": 271999, "price": 9 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "constraint": { "start_date": "2026-07-30", "type": "start_date" }, "prices": { "input_mtok": { "base": 0.2, "tiers": [{ "start": 271999, "price": 0.4 }] }, "cache_write_mtok": { "base": 0.25, "tiers": [{ "start": 271999, "price": 0.5 }] }, "cache_read_mtok": { "base": 0.02, "tiers": [{ "start": 271999, "price": 0.04 }] }, "output_mtok": { "base": 1.2, "tiers": [{ "start": 271999, "price": 1.8 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }] }, { "id": "gpt-5.6-sol", "name": "GPT-5.6 Sol", "description": "Frontier model for complex professional work.", "match": { "or": [{ "equals": "gpt-5.6-sol" }, { "equals": "gpt-5-6-sol" }, { "equals": "gpt-5.6" }, { "equals": "gpt-5-6" }, { "regex": "^gpt-5\\.6-sol-\\d{4}-\\d{2}-\\d{2}$" }, { "regex": "^gpt-5-6-sol-\\d{4}-\\d{2}-\\d{2}$" }] }, "context_window": 105e4, "price_comments": "Cache writes are billed at 1.25x the uncached input rate. OpenAI lists the standard rates for prompts with <272K input tokens, so the 2x input and 1.5x output long-context rates begin at exactly 272K. Tier starts are encoded as 271999 because the pricing engines select a tier when the token count is greater than start. OpenAI reduced Sol input prices by 20% and output prices by 33% on 2026-08-21. Refs: https://developers.openai.com/api/docs/models/gpt-5.6-sol, https://developers.openai.com/api/docs/changelog", "prices": [{ "prices": { "input_mtok": { "base": 5, "tiers": [{ "start": 271999, "price": 10 }] }, "cache_write_mtok": { "base": 6.25, "tiers": [{ "start": 271999, "price": 12.5 }] }, "cache_read_mtok": { "base": 0.5, "tiers": [{ "start": 271999, "price": 1 }] }, "output_mtok": { "base": 30, "tiers": [{ "start": 271999, "price": 45 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "constraint": { "start_date": "2026-08-21", "type": "start_date" }, "prices": { "input_mtok": { "base": 4, "tiers": [{ "start": 271999, "price": 8 }] }, "cache_write_mtok": { "base": 5, "tiers": [{ "start": 271999, "price": 10 }] }, "cache_read_mtok": { "base": 0.4, "tiers": [{ "start": 271999, "price": 0.8 }] }, "output_mtok": { "base": 20, "tiers": [{ "start": 271999, "price": 30 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }] }, { "id": "gpt-5.6-terra", "name": "GPT-5.6 Terra", "description": "GPT-5.6 model that balances intelligence and cost.", "match": { "or": [{ "equals": "gpt-5.6-terra" }, { "equals": "gpt-5-6-terra" }, { "regex": "^gpt-5\\.6-terra-\\d{4}-\\d{2}-\\d{2}$" }, { "regex": "^gpt-5-6-terra-\\d{4}-\\d{2}-\\d{2}$" }] }, "context_window": 105e4, "price_comments": "Cache writes are billed at 1.25x the uncached input rate. OpenAI lists the standard rates for prompts with <272K input tokens, so the 2x input and 1.5x output long-context rates begin at exactly 272K. Tier starts are encoded as 271999 because the pricing engines select a tier when the token count is greater than start. OpenAI reduced Terra prices by 20% on 2026-07-30. Refs: https://developers.openai.com/api/docs/models/gpt-5.6-terra, https://developers.openai.com/api/docs/changelog", "prices": [{ "prices": { "input_mtok": { "base": 2.5, "tiers": [{ "start": 271999, "price": 5 }] }, "cache_write_mtok": { "base": 3.125, "tiers": [{ "start": 271999, "price": 6.25 }] }, "cache_read_mtok": { "base": 0.25, "tiers": [{ "start": 271999, "price": 0.5 }] }, "output_mtok": { "base": 15, "tiers": [{ "start": 271999, "price": 22.5 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "constraint": { "start_date": "2026-07-30", "type": "start_date" }, "prices": { "input_mtok": { "base": 2, "tiers": [{ "start": 271999, "price": 4 }] }, "cache_write_mtok": { "base": 2.5, "tiers": [{ "start": 271999, "price": 5 }] }, "cache_read_mtok": { "base": 0.2, "tiers": [{ "start": 271999, "price": 0.4 }] }, "output_mtok": { "base": 12, "tiers": [{ "start": 271999, "price": 18 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }] }, { "id": "gpt-6-astra", "name": "GPT-6 Astra", "description": "Our most capable model, built for the hardest end-to-end work.", "match": { "or": [{ "equals": "gpt-6-astra" }, { "regex": "^gpt-6-astra-\\d{4}-\\d{2}-\\d{2}$" }] }, "context_window": 105e4, "price_comments": "Cache writes are billed at 1.25x the uncached input rate. OpenAI lists the standard rates for prompts with <272K input tokens, so the 2x input and 1.5x output long-context rates begin at exactly 272K. Tier starts are encoded as 271999 because the pricing engines select a tier when the token count is greater than start. Refs: https://developers.openai.com/api/docs/models/gpt-6-astra, https://developers.openai.com/api/docs/pricing", "prices": { "input_mtok": { "base": 10, "tiers": [{ "start": 271999, "price": 20 }] }, "cache_write_mtok": { "base": 12.5, "tiers": [{ "start": 271999, "price": 25 }] }, "cache_read_mtok": { "base": 1, "tiers": [{ "start": 271999, "price": 2 }] }, "output_mtok": { "base": 50, "tiers": [{ "start": 271999, "price": 75 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-6-luna", "name": "GPT-6 Luna", "description": "Efficient model for focused, high-volume tasks.", "match": { "or": [{ "equals": "gpt-6-luna" }, { "regex": "^gpt-6-luna-\\d{4}-\\d{2}-\\d{2}$" }] }, "context_window": 105e4, "price_comments": "Cache reads cost 10% of input; cache writes cost 1.25x. Prompts with more than 272K input tokens cost 2x for input and cache tokens and 1.5x for output. Tier starts use 272000 because the pricing engines select a tier when token count exceeds start. Ref: https://developers.openai.com/api/docs/models/gpt-6-luna", "prices": { "input_mtok": { "base": 0.1, "tiers": [{ "start": 272e3, "price": 0.2 }] }, "cache_write_mtok": { "base": 0.125, "tiers": [{ "start": 272e3, "price": 0.25 }] }, "cache_read_mtok": { "base": 0.01, "tiers": [{ "start": 272e3, "price": 0.02 }] }, "output_mtok": { "base": 0.5, "tiers": [{ "start": 272e3, "price": 0.75 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-6-sol", "name": "GPT-6 Sol", "description": "Model for complex coding and agentic workflows.", "match": { "or": [{ "equals": "gpt-6-sol" }, { "regex": "^gpt-6-sol-\\d{4}-\\d{2}-\\d{2}$" }] }, "context_window": 105e4, "price_comments": "Cache reads cost 10% of input; cache writes cost 1.25x. Prompts with more than 272K input tokens cost 2x for input and cache tokens and 1.5x for output. Tier starts use 272000 because the pricing engines select a tier when token count exceeds start. Ref: https://developers.openai.com/api/docs/models/gpt-6-sol", "prices": { "input_mtok": { "base": 2, "tiers": [{ "start": 272e3, "price": 4 }] }, "cache_write_mtok": { "base": 2.5, "tiers": [{ "start": 272e3, "price": 5 }] }, "cache_read_mtok": { "base": 0.2, "tiers": [{ "start": 272e3, "price": 0.4 }] }, "output_mtok": { "base": 10, "tiers": [{ "start": 272e3, "price": 15 }] }, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "gpt-audio", "name": "GPT Audio", "description": "The gpt-audio model is OpenAI's first generally available audio model. The new snapshot features an upgraded decoder for more natural-sounding voices and maintains better voice consistency.", "match": { "or": [{ "equals": "gpt-audio" }, { "equals": "gpt-audio-2025-08-28" }, { "equals": "gpt-audio-1.5" }] }, "context_window": 128e3, "prices": { "input_mtok": 2.5, "output_mtok": 10, "input_audio_mtok": 32, "output_audio_mtok": 64 } }, { "id": "gpt-audio-mini", "name": "GPT Audio Mini", "description": "A cost-efficient version of GPT Audio. The new snapshot features an upgraded decoder for more natural sounding voices and maintains better voice consistency.", "match": { "or": [{ "equals": "gpt-audio-mini" }, { "equals": "gpt-audio-mini-2025-10-06" }, { "equals": "gpt-audio-mini-2025-12-15" }] }, "context_window": 128e3, "prices": { "input_mtok": 0.6, "output_mtok": 2.4, "input_audio_mtok": 10, "output_audio_mtok": 20 } }, { "id": "gpt-chat-latest", "name": "GPT Chat Latest", "description": "GPT Chat Latest points to OpenAI's stable API alias `chat-latest` that always resolves to the latest Instant chat model used in ChatGPT.", "match": { "equals": "gpt-chat-latest" }, "price_comments": "Imported from OpenRouter pricing; verify against OpenAI pricing when native API pricing is published.", "prices": { "input_mtok": 5, "cache_read_mtok": 0.5, "output_mtok": 30 } }, { "id": "gpt-image-1", "name": "GPT Image 1", "description": "OpenAI's previous image generation model.", "match": { "equals": "gpt-image-1" }, "price_comments": "See https://developers.openai.com/api/docs/models/gpt-image-1.", "prices": { "input_mtok": 5, "cache_read_mtok": 1.25, "output_mtok": 40, "input_image_mtok": 10, "cache_image_read_mtok": 2.5 } }, { "id": "gpt-image-1-mini", "name": "GPT Image 1 Mini", "description": "A cost-efficient image generation model from OpenAI with text input pricing.", "match": { "or": [{ "equals": "gpt-image-1-mini" }] }, "price_comments": "See https://developers.openai.com/api/docs/models/gpt-image-1-mini.", "prices": { "input_mtok": 2, "cache_read_mtok": 0.2, "output_mtok": 8, "input_image_mtok": 2.5, "cache_image_read_mtok": 0.25 } }, { "id": "gpt-image-1.5", "name": "GPT Image 1.5", "description": "An improved image generation model from OpenAI supporting text input and output pricing.", "match": { "or": [{ "equals": "gpt-image-1.5" }, { "equals": "gpt-image-1.5-2025-12-16" }] }, "price_comments": "See https://developers.openai.com/api/docs/models/gpt-image-1.5.", "prices": { "input_mtok": 5, "cache_read_mtok": 1.25, "output_mtok": 10, "input_image_mtok": 8, "cache_image_read_mtok": 2, "output_image_mtok": 32 } }, { "id": "gpt-image-2", "name": "GPT Image 2", "description": "OpenAI's latest image generation model with text input pricing.", "match": { "or": [{ "equals": "gpt-image-2" }, { "equals": "gpt-image-2-2026-04-21" }] }, "price_comments": "See https://developers.openai.com/api/docs/models/gpt-image-2.", "prices": { "input_mtok": 5, "cache_read_mtok": 1.25, "output_mtok": 30, "input_image_mtok": 8, "cache_image_read_mtok": 2 } }, { "id": "gpt-oss-120b", "name": "gpt-oss-120b", "description": "gpt-oss-120b is an open-weight, 117B-parameter Mixture-of-Experts (MoE) language model from OpenAI designed for high-reasoning, agentic, and general-purpose production use cases.", "match": { "equals": "gpt-oss-120b" }, "context_window": 131072, "price_comments": "Imported from OpenRouter pricing; verify against OpenAI pricing when native API pricing is published.", "prices": { "input_mtok": 0.039, "output_mtok": 0.18 } }, { "id": "gpt-oss-20b", "name": "gpt-oss-20b", "description": "gpt-oss-20b is an open-weight 21B parameter model released by OpenAI under the Apache 2.0 license. It uses a Mixture-of-Experts (MoE) architecture with 3.6B active parameters per forward pass.", "match": { "equals": "gpt-oss-20b" }, "context_window": 131072, "price_comments": "Imported from OpenRouter pricing; verify against OpenAI pricing when native API pricing is published.", "prices": { "input_mtok": 0.029, "output_mtok": 0.14 } }, { "id": "gpt-oss-safeguard-20b", "name": "gpt-oss-safeguard-20b", "description": "gpt-oss-safeguard-20b is a safety reasoning model from OpenAI built upon gpt-oss-20b. This open-weight, 21B-parameter Mixture-of-Experts (MoE) model offers lower latency for safety tasks.", "match": { "equals": "gpt-oss-safeguard-20b" }, "context_window": 131072, "price_comments": "Imported from OpenRouter pricing; verify against OpenAI pricing when native API pricing is published.", "prices": { "input_mtok": 0.075, "cache_read_mtok": 0.037, "output_mtok": 0.3 } }, { "id": "gpt-realtime", "match": { "or": [{ "equals": "gpt-realtime" }, { "equals": "gpt-realtime-2025-08-28" }, { "equals": "gpt-realtime-1.5" }] }, "context_window": 32e3, "price_comments": "See https://developers.openai.com/api/docs/models/gpt-realtime.", "prices": { "input_mtok": 4, "cache_read_mtok": 0.4, "output_mtok": 16, "input_audio_mtok": 32, "cache_audio_read_mtok": 0.4, "output_audio_mtok": 64, "input_image_mtok": 5, "cache_image_read_mtok": 0.5 } }, { "id": "gpt-realtime-2", "match": { "or": [{ "equals": "gpt-realtime-2" }, { "equals": "gpt-realtime-2.1" }] }, "context_window": 128e3, "price_comments": "See https://developers.openai.com/api/docs/models/gpt-realtime-2.1.", "prices": { "input_mtok": 4, "cache_read_mtok": 0.4, "output_mtok": 24, "input_audio_mtok": 32, "cache_audio_read_mtok": 0.4, "output_audio_mtok": 64, "input_image_mtok": 5, "cache_image_read_mtok": 0.5 } }, { "id": "gpt-realtime-mini", "match": { "or": [{ "equals": "gpt-realtime-mini" }, { "equals": "gpt-realtime-2.1-mini" }, { "equals": "gpt-realtime-mini-2025-12-15" }, { "equals": "gpt-realtime-mini-2025-10-06" }] }, "price_comments": "See https://developers.openai.com/api/docs/models/gpt-realtime-2.1-mini.", "prices": { "input_mtok": 0.6, "cache_read_mtok": 0.06, "output_mtok": 2.4, "input_audio_mtok": 10, "cache_audio_read_mtok": 0.3, "output_audio_mtok": 20, "input_image_mtok": 0.8, "cache_image_read_mtok": 0.08 } }, { "id": "gpt-transcribe", "match": { "equals": "gpt-transcribe" }, "price_comments": "See https://developers.openai.com/api/docs/models/gpt-transcribe.", "prices": { "audio_hours": 0.27, "input_audio_hours": 0.27 } }, { "id": "moderation", "description": "All OpenAI moderation models and endpoints are free of charge", "match": { "contains": "moderation" }, "prices": {} }, { "id": "o1", "name": "o1", "description": "O1 is a model that offers a balance between cost and performance.", "match": { "or": [{ "equals": "o1" }, { "equals": "o1-2024-12-17" }] }, "context_window": 2e5, "prices": { "input_mtok": 15, "cache_read_mtok": 7.5, "output_mtok": 60 } }, { "id": "o1-mini", "name": "o1 mini", "description": "O1 Mini is a model that offers a balance between cost and performance.", "match": { "or": [{ "equals": "o1-mini" }, { "equals": "o1-mini-2024-09-12" }] }, "context_window": 128e3, "prices": { "input_mtok": 1.1, "cache_read_mtok": 0.55, "output_mtok": 4.4 } }, { "id": "o1-preview", "name": "o1 preview", "description": "Preview release of OpenAI's first reasoning model.", "match": { "or": [{ "equals": "o1-preview" }, { "equals": "o1-preview-2024-09-12" }] }, "context_window": 128e3, "prices": { "input_mtok": 15, "cache_read_mtok": 7.5, "output_mtok": 60 } }, { "id": "o1-pro", "name": "o1-pro", "description": "The o1 series of models are trained with reinforcement learning to think before they answer and perform complex reasoning. The o1-pro model uses more compute to think harder and provide consistently better answers.", "match": { "or": [{ "equals": "o1-pro" }, { "equals": "o1-pro-2025-03-19" }] }, "context_window": 2e5, "prices": { "input_mtok": 150, "output_mtok": 600 } }, { "id": "o3", "name": "o3", "description": "o3 is a well-rounded and powerful model across domains. It sets a new standard for math, science, coding, and visual reasoning tasks. It also excels at technical writing and instruction-following. Use it to think through multi-step problems that involve analysis across text, code, and images. Note that BYOK is required for this model. Set up here: https://openrouter.ai/settings/integrations", "match": { "or": [{ "equals": "o3" }, { "equals": "o3-2025-04-16" }] }, "context_window": 2e5, "prices": [{ "prices": { "input_mtok": 10, "cache_read_mtok": 0.5, "output_mtok": 40, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "constraint": { "start_date": "2025-06-10", "type": "start_date" }, "prices": { "input_mtok": 2, "cache_read_mtok": 0.5, "output_mtok": 8, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }] }, { "id": "o3-deep-research", "match": { "or": [{ "equals": "o3-deep-research" }, { "equals": "o3-deep-research-2025-06-26" }] }, "context_window": 2e5, "prices": { "input_mtok": 10, "cache_read_mtok": 2.5, "output_mtok": 40 } }, { "id": "o3-mini", "name": "o3 Mini", "description": "OpenAI o3-mini is a cost-efficient language model optimized for STEM reasoning tasks, particularly excelling in science, mathematics, and coding.", "match": { "or": [{ "equals": "o3-mini" }, { "equals": "o3-mini-2025-01-31" }, { "equals": "o3-mini-high" }] }, "context_window": 2e5, "prices": { "input_mtok": 1.1, "cache_read_mtok": 0.55, "output_mtok": 4.4 } }, { "id": "o3-pro", "name": "o3 Pro", "description": "The o-series of models are trained with reinforcement learning to think before they answer and perform complex reasoning. The o3-pro model uses more compute to think harder and provide consistently better answers.", "match": { "or": [{ "equals": "o3-pro" }, { "equals": "o3-pro-2025-06-10" }] }, "context_window": 2e5, "prices": { "input_mtok": 20, "output_mtok": 80 } }, { "id": "o4-mini", "name": "o4 Mini High", "description": "OpenAI o4-mini-high is the same model as o4-mini with reasoning_effort set to high.", "match": { "or": [{ "equals": "o4-mini-2025-04-16" }, { "equals": "o4-mini-high" }, { "equals": "o4-mini" }] }, "context_window": 2e5, "prices": { "input_mtok": 1.1, "cache_read_mtok": 0.275, "output_mtok": 4.4, "web_searches_kcount": 10, "storage_searches_kcount": 2.5 } }, { "id": "o4-mini-deep-research", "match": { "or": [{ "equals": "o4-mini-deep-research" }, { "equals": "o4-mini-deep-research-2025-06-26" }] }, "context_window": 2e5, "prices": { "input_mtok": 2, "cache_read_mtok": 0.5, "output_mtok": 8 } }, { "id": "text-davinci-002", "match": { "equals": "text-davinci-002" }, "prices": { "input_mtok": 20, "output_mtok": 20 } }, { "id": "text-davinci-003", "match": { "equals": "text-davinci-003" }, "prices": { "input_mtok": 20, "output_mtok": 20 } }, { "id": "text-embedding-3-large", "name": "text embedding 3", "description": "Text Embedding 3 is a model that offers a balance between cost and performance.", "match": { "equals": "text-embedding-3-large" }, "context_window": 8192, "prices": { "input_mtok": 0.13 } }, { "id": "text-embedding-3-small", "name": "text embedding 3", "description": "Text Embedding 3 is a model that offers a balance between cost and performance.", "match": { "equals": "text-embedding-3-small" }, "context_window": 8192, "prices": { "input_mtok": 0.02 } }, { "id": "text-embedding-ada-002", "name": "text embedding ada", "description": "Text Embedding Ada is a model that offers a balance between cost and performance.", "match": { "or": [{ "equals": "text-embedding-ada" }, { "equals": "text-embedding-ada-002" }, { "equals": "text-embedding-ada-002-v2" }] }, "context_window": 8192, "prices": { "input_mtok": 0.1 } }, { "id": "whisper-1", "match": { "equals": "whisper-1" }, "price_comments": "See https://developers.openai.com/api/docs/models/whisper-1.", "prices": { "audio_hours": 0.36, "input_audio_hours": 0.36 } }] }, { "id": "anthropic", "name": "Anthropic", "pricing_urls": ["https://www.anthropic.com/pricing#api"], "api_pattern": "https://api\\.anthropic\\.com", "model_match": { "contains": "claude" }, "provider_match": { "contains": "anthropic" }, "extractors": [{ "api_flavor": "default", "root": "usage", "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": true }, { "path": "cache_creation_input_tokens", "dest": "input_tokens", "required": false }, { "path": "cache_read_input_tokens", "dest": "input_tokens", "required": false }, { "path": "cache_creation_input_tokens", "dest": "cache_write_tokens", "required": false }, { "path": ["cache_creation", "ephemeral_5m_input_tokens"], "dest": "cache_write_5m_tokens", "required": false }, { "path": ["cache_creation", "ephemeral_1h_input_tokens"], "dest": "cache_write_1h_tokens", "required": false }, { "path": "cache_read_input_tokens", "dest": "cache_read_tokens", "required": false }, { "path": ["server_tool_use", "web_search_requests"], "dest": "web_searches", "required": false }, { "path": ["output_tokens_details", "thinking_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "output_tokens", "dest": "output_tokens", "required": true }] }, { "api_flavor": "chat", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }, { "path": "cached_tokens", "dest": "cache_read_tokens", "required": false }, { "path": ["completion_tokens_details", "reasoning_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "completion_tokens", "dest": "output_tokens", "required": true }] }], "models": [{ "id": "claude-2", "name": "Claude 2.0 / 2.1", "description": "Claude 2 is Anthropic's previous generation model, offering reliable performance for various tasks. This includes Claude 2.0 and Claude 2.1.\n", "match": { "or": [{ "starts_with": "claude-2" }, { "contains": "claude-v2" }] }, "context_window": 2e5, "prices": { "input_mtok": 8, "output_mtok": 24 } }, { "id": "claude-3-5-haiku-latest", "name": "Claude Haiku 3.5", "description": "Fastest, most cost-effective model", "match": { "or": [{ "starts_with": "claude-3-5-haiku" }, { "starts_with": "claude-3.5-haiku" }] }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 0.8, "cache_write_mtok": 1, "cache_read_mtok": 0.08, "output_mtok": 4, "cache_write_1h_mtok": 1.6, "web_searches_kcount": 10 } }, { "id": "claude-3-5-sonnet", "name": "Claude Sonnet 3.5", "description": "Claude 3.5 Sonnet is an ideal balance of intelligence and speed for enterprise workloads. Maximum utility at a lower price, dependable, balanced for scaled deployments.", "match": { "or": [{ "starts_with": "claude-3-5-sonnet" }, { "starts_with": "claude-3.5-sonnet" }] }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 3, "cache_write_mtok": 3.75, "cache_read_mtok": 0.3, "output_mtok": 15, "cache_write_1h_mtok": 6, "web_searches_kcount": 10 } }, { "id": "claude-3-7-sonnet-latest", "name": "Claude Sonnet 3.7", "description": "Claude 3.7 Sonnet is an advanced large language model with improved reasoning, coding, and problem-solving capabilities.", "match": { "or": [{ "starts_with": "claude-3-7-sonnet" }, { "starts_with": "claude-3.7-sonnet" }, { "starts_with": "claude-sonnet-3.7" }, { "starts_with": "claude-sonnet-3-7" }] }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 3, "cache_write_mtok": 3.75, "cache_read_mtok": 0.3, "output_mtok": 15, "cache_write_1h_mtok": 6, "web_searches_kcount": 10 } }, { "id": "claude-3-haiku", "name": "Claude Haiku 3", "description": "Fastest, most cost-effective model", "match": { "starts_with": "claude-3-haiku" }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 0.25, "cache_write_mtok": 0.3, "cache_read_mtok": 0.03, "output_mtok": 1.25, "cache_write_1h_mtok": 0.5 } }, { "id": "claude-3-opus-latest", "name": "Claude Opus 3", "description": "Claude 3 Opus was Anthropic's most powerful model for highly complex tasks. It boasts top-level performance, intelligence, fluency, and understanding.", "match": { "starts_with": "claude-3-opus" }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 15, "cache_write_mtok": 18.75, "cache_read_mtok": 1.5, "output_mtok": 75, "cache_write_1h_mtok": 30 } }, { "id": "claude-3-sonnet", "name": "Claude 3 Sonnet", "description": "Claude 3 Sonnet is an ideal balance of intelligence and speed for enterprise workloads. Maximum utility at a lower price, dependable, balanced for scaled deployments.", "match": { "starts_with": "claude-3-sonnet" }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 3, "cache_write_mtok": 3.75, "cache_read_mtok": 0.3, "output_mtok": 15, "cache_write_1h_mtok": 6 } }, { "id": "claude-fable-5", "name": "Claude Fable 5", "description": "For demanding reasoning and long-horizon agentic work", "match": { "or": [{ "equals": "claude-fable-5" }, { "regex": "^claude-fable-5-\\d{8}$" }] }, "context_window": 1e6, "price_comments": "Flat pricing across full 1M context window (no tiered pricing). Ref: https://platform.claude.com/docs/en/about-claude/pricing#long-context-pricing Prompt caching ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 10, "cache_write_mtok": 12.5, "cache_read_mtok": 1, "output_mtok": 50, "cache_write_1h_mtok": 20, "web_searches_kcount": 10 } }, { "id": "claude-fable-5-1", "name": "Claude Fable 5.1", "description": "Anthropic's most capable widely released model for demanding reasoning and long-horizon agentic work", "match": { "or": [{ "equals": "claude-fable-5-1" }, { "regex": "^claude-fable-5-1-\\d{8}$" }] }, "context_window": 1e6, "price_comments": "Flat pricing across full 1M context window (no tiered pricing). Cache hits are 0.025x base input (not the usual 0.1x), unique to Fable 5.1 and Mythos 5.1. Ref: https://platform.claude.com/docs/en/about-claude/pricing#model-pricing Prompt caching ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 10, "cache_write_mtok": 12.5, "cache_read_mtok": 0.25, "output_mtok": 50, "cache_write_1h_mtok": 20, "web_searches_kcount": 10 } }, { "id": "claude-haiku-4-5", "name": "Claude Haiku 4.5", "description": "Fastest and most intelligent Haiku model", "match": { "or": [{ "starts_with": "claude-haiku-4-5" }, { "starts_with": "claude-haiku-4.5" }, { "starts_with": "claude-4-5-haiku" }, { "starts_with": "claude-4.5-haiku" }] }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 1, "cache_write_mtok": 1.25, "cache_read_mtok": 0.1, "output_mtok": 5, "cache_write_1h_mtok": 2, "web_searches_kcount": 10 } }, { "id": "claude-opus-4-0", "name": "Claude Opus 4", "description": "Most intelligent model for complex tasks", "match": { "or": [{ "starts_with": "claude-opus-4-0" }, { "starts_with": "claude-4-opus" }, { "equals": "claude-opus-4" }, { "equals": "claude-opus-4-20250514" }] }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 15, "cache_write_mtok": 18.75, "cache_read_mtok": 1.5, "output_mtok": 75, "cache_write_1h_mtok": 30, "web_searches_kcount": 10 } }, { "id": "claude-opus-4-1", "name": "Claude Opus 4.1", "description": "Most intelligent model for complex tasks", "match": { "or": [{ "starts_with": "claude-opus-4-1" }, { "starts_with": "claude-opus-4.1" }] }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 15, "cache_write_mtok": 18.75, "cache_read_mtok": 1.5, "output_mtok": 75, "cache_write_1h_mtok": 30, "web_searches_kcount": 10 } }, { "id": "claude-opus-4-5", "name": "Claude Opus 4.5", "description": "Premium model combining maximum intelligence with practical performance", "match": { "or": [{ "starts_with": "claude-opus-4-5" }, { "starts_with": "claude-opus-4.5" }, { "starts_with": "claude-4-5-opus" }, { "starts_with": "claude-4.5-opus" }] }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 5, "cache_write_mtok": 6.25, "cache_read_mtok": 0.5, "output_mtok": 25, "cache_write_1h_mtok": 10, "web_searches_kcount": 10 } }, { "id": "claude-opus-4-6", "name": "Claude Opus 4.6", "description": "Our most intelligent model for building agents and coding", "match": { "or": [{ "starts_with": "claude-opus-4-6" }, { "starts_with": "claude-opus-4.6" }, { "starts_with": "claude-4-6-opus" }, { "starts_with": "claude-4.6-opus" }] }, "context_window": 1e6, "price_comments": "One-hour cache writes cost 2x the base input price. The 1M context window is generally available. Refs: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing, https://platform.claude.com/docs/en/build-with-claude/context-windows#context-window-sizes-by-model", "prices": [{ "prices": { "input_mtok": { "base": 5, "tiers": [{ "start": 2e5, "price": 10 }] }, "cache_write_mtok": { "base": 6.25, "tiers": [{ "start": 2e5, "price": 12.5 }] }, "cache_read_mtok": { "base": 0.5, "tiers": [{ "start": 2e5, "price": 1 }] }, "output_mtok": { "base": 25, "tiers": [{ "start": 2e5, "price": 37.5 }] }, "cache_write_1h_mtok": { "base": 10, "tiers": [{ "start": 2e5, "price": 20 }] }, "web_searches_kcount": 10 } }, { "constraint": { "start_date": "2026-03-13", "type": "start_date" }, "prices": { "input_mtok": 5, "cache_write_mtok": 6.25, "cache_read_mtok": 0.5, "output_mtok": 25, "cache_write_1h_mtok": 10, "web_searches_kcount": 10 } }] }, { "id": "claude-opus-4-7", "name": "Claude Opus 4.7", "description": "Our most capable model for complex reasoning and agentic coding", "match": { "or": [{ "starts_with": "claude-opus-4-7" }, { "starts_with": "claude-opus-4.7" }, { "starts_with": "claude-4-7-opus" }, { "starts_with": "claude-4.7-opus" }] }, "context_window": 1e6, "price_comments": "Flat pricing across full 1M context window (no tiered pricing). Ref: https://platform.claude.com/docs/en/about-claude/pricing#long-context-pricing Prompt caching ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 5, "cache_write_mtok": 6.25, "cache_read_mtok": 0.5, "output_mtok": 25, "cache_write_1h_mtok": 10, "web_searches_kcount": 10 } }, { "id": "claude-opus-4-8", "name": "Claude Opus 4.8", "description": "Our most capable model for complex reasoning and agentic coding", "match": { "or": [{ "starts_with": "claude-opus-4-8" }, { "starts_with": "claude-opus-4.8" }, { "starts_with": "claude-4-8-opus" }, { "starts_with": "claude-4.8-opus" }] }, "context_window": 1e6, "price_comments": "Flat pricing across full 1M context window (no tiered pricing). Ref: https://platform.claude.com/docs/en/about-claude/pricing#long-context-pricing Prompt caching ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 5, "cache_write_mtok": 6.25, "cache_read_mtok": 0.5, "output_mtok": 25, "cache_write_1h_mtok": 10, "web_searches_kcount": 10 } }, { "id": "claude-opus-5", "name": "Claude Opus 5", "description": "For complex agentic coding and enterprise work", "match": { "or": [{ "equals": "claude-opus-5" }, { "regex": "^claude-opus-5-\\d{8}$" }, { "starts_with": "claude-opus-5.0" }, { "starts_with": "claude-5-opus" }, { "starts_with": "claude-5.0-opus" }] }, "context_window": 1e6, "price_comments": "Flat pricing across full 1M context window (no tiered pricing). Refs: https://platform.claude.com/docs/en/about-claude/pricing#long-context-pricing and https://platform.claude.com/docs/en/agents-and-tools/tool-use/web-search-tool Prompt caching ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 5, "cache_write_mtok": 6.25, "cache_read_mtok": 0.5, "output_mtok": 25, "cache_write_1h_mtok": 10, "web_searches_kcount": 10 } }, { "id": "claude-opus-5-5", "name": "Claude Opus 5.5", "description": "For long-running agentic coding and knowledge work", "match": { "or": [{ "equals": "claude-opus-5-5" }, { "regex": "^claude-opus-5-5-\\d{8}$" }, { "starts_with": "claude-opus-5.5" }, { "starts_with": "claude-5-5-opus" }, { "starts_with": "claude-5.5-opus" }] }, "context_window": 1e6, "price_comments": "Flat pricing across full 1M context window (no tiered pricing). Cache hits are 0.05x base input (not the usual 0.1x), unique to Opus 5.5. Ref: https://platform.claude.com/docs/en/about-claude/pricing#model-pricing Prompt caching ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 4, "cache_write_mtok": 5, "cache_read_mtok": 0.2, "output_mtok": 20, "cache_write_1h_mtok": 8, "web_searches_kcount": 10 } }, { "id": "claude-sonnet-4-0", "name": "Claude Sonnet 4", "description": "Optimal balance of intelligence, cost, and speed", "match": { "or": [{ "starts_with": "claude-sonnet-4-2025" }, { "starts_with": "claude-sonnet-4-0" }, { "starts_with": "claude-sonnet-4@" }, { "equals": "claude-sonnet-4" }, { "starts_with": "claude-4-sonnet" }] }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 3, "cache_write_mtok": 3.75, "cache_read_mtok": 0.3, "output_mtok": 15, "cache_write_1h_mtok": 6, "web_searches_kcount": 10 } }, { "id": "claude-sonnet-4-5", "name": "Claude Sonnet 4.5", "description": "Our best combination of speed and intelligence", "match": { "or": [{ "starts_with": "claude-sonnet-4-5" }, { "starts_with": "claude-sonnet-4.5" }] }, "context_window": 2e5, "price_comments": "One-hour cache writes cost 2x the base input price. The 1M context beta was retired on 2026-04-30; requests over 200k now error. The >200k tiers describe historical usage from before retirement. Refs: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing, https://platform.claude.com/docs/en/release-notes/overview", "prices": { "input_mtok": { "base": 3, "tiers": [{ "start": 2e5, "price": 6 }] }, "cache_write_mtok": { "base": 3.75, "tiers": [{ "start": 2e5, "price": 7.5 }] }, "cache_read_mtok": { "base": 0.3, "tiers": [{ "start": 2e5, "price": 0.6 }] }, "output_mtok": { "base": 15, "tiers": [{ "start": 2e5, "price": 22.5 }] }, "cache_write_1h_mtok": { "base": 6, "tiers": [{ "start": 2e5, "price": 12 }] }, "web_searches_kcount": 10 } }, { "id": "claude-sonnet-4-6", "name": "Claude Sonnet 4.6", "description": "Our best combination of speed and intelligence", "match": { "or": [{ "starts_with": "claude-sonnet-4-6" }, { "starts_with": "claude-sonnet-4.6" }] }, "context_window": 1e6, "price_comments": "One-hour cache writes cost 2x the base input price. Ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": [{ "prices": { "input_mtok": { "base": 3, "tiers": [{ "start": 2e5, "price": 6 }] }, "cache_write_mtok": { "base": 3.75, "tiers": [{ "start": 2e5, "price": 7.5 }] }, "cache_read_mtok": { "base": 0.3, "tiers": [{ "start": 2e5, "price": 0.6 }] }, "output_mtok": { "base": 15, "tiers": [{ "start": 2e5, "price": 22.5 }] }, "cache_write_1h_mtok": { "base": 6, "tiers": [{ "start": 2e5, "price": 12 }] }, "web_searches_kcount": 10 } }, { "constraint": { "start_date": "2026-03-13", "type": "start_date" }, "prices": { "input_mtok": 3, "cache_write_mtok": 3.75, "cache_read_mtok": 0.3, "output_mtok": 15, "cache_write_1h_mtok": 6, "web_searches_kcount": 10 } }] }, { "id": "claude-sonnet-5", "name": "Claude Sonnet 5", "description": "Our most agentic Sonnet model, approaching Opus 4.8 capability at lower cost", "match": { "or": [{ "starts_with": "claude-sonnet-5" }, { "starts_with": "claude-sonnet-5.0" }, { "starts_with": "claude-5-sonnet" }, { "starts_with": "claude-5.0-sonnet" }] }, "context_window": 1e6, "price_comments": "Flat pricing across the full 1M context window (no tiered pricing). Anthropic made the introductory $2/$10 per MTok rates permanent and cancelled the previously scheduled 2026-09-01 increase. Ref: https://platform.claude.com/docs/en/about-claude/pricing Prompt caching ref: https://platform.claude.com/docs/en/build-with-claude/prompt-caching#pricing", "prices": { "input_mtok": 2, "cache_write_mtok": 2.5, "cache_read_mtok": 0.2, "output_mtok": 10, "cache_write_1h_mtok": 4, "web_searches_kcount": 10 } }, { "id": "claude-v1", "description": "Retired, here to match price sources", "match": { "equals": "claude-v1" }, "prices": { "input_mtok": 8, "output_mtok": 24 } }] }, { "id": "azure", "name": "Microsoft Azure", "pricing_urls": ["https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/#pricing"], "api_pattern": "(https?://)?([^.]*\\.)?(?:openai\\.azure\\.com|azure-api\\.net|cognitiveservices\\.azure\\.com|services\\.ai\\.azure\\.com)", "price_comments": 'These are prices for "*-Global" models, prices for "Regional" models are often slightly higher. Retired models are listed at https://learn.microsoft.com/th-th/azure/ai-foundry/openai/concepts/legacy-models', "extractors": [{ "api_flavor": "chat", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }, { "path": ["prompt_tokens_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["prompt_tokens_details", "cache_write_tokens"], "dest": "cache_write_tokens", "required": false }, { "path": ["prompt_tokens_details", "audio_tokens"], "dest": "input_audio_tokens", "required": false }, { "path": ["completion_tokens_details", "audio_tokens"], "dest": "output_audio_tokens", "required": false }, { "path": ["completion_tokens_details", "reasoning_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "completion_tokens", "dest": "output_tokens", "required": true }] }, { "api_flavor": "responses", "root": "usage", "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": true }, { "path": ["input_tokens_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["input_tokens_details", "cache_write_tokens"], "dest": "cache_write_tokens", "required": false }, { "path": ["output_tokens_details", "reasoning_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "output_tokens", "dest": "output_tokens", "required": true }] }, { "api_flavor": "realtime", "root": ["response", "usage"], "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": false }, { "path": ["input_token_details", "text_tokens"], "dest": "input_text_tokens", "required": false }, { "path": ["input_token_details", "audio_tokens"], "dest": "input_audio_tokens", "required": false }, { "path": ["input_token_details", "image_tokens"], "dest": "input_image_tokens", "required": false }, { "path": ["input_token_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["input_token_details", "cached_tokens_details", "text_tokens"], "dest": "cache_text_read_tokens", "required": false }, { "path": ["input_token_details", "cached_tokens_details", "audio_tokens"], "dest": "cache_audio_read_tokens", "required": false }, { "path": ["input_token_details", "cached_tokens_details", "image_tokens"], "dest": "cache_image_read_tokens", "required": false }, { "path": ["output_token_details", "text_tokens"], "dest": "output_text_tokens", "required": false }, { "path": ["output_token_details", "audio_tokens"], "dest": "output_audio_tokens", "required": false }, { "path": "output_tokens", "dest": "output_tokens", "required": false }] }, { "api_flavor": "embeddings", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }] }, { "api_flavor": "anthropic", "root": "usage", "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": true }, { "path": "cache_creation_input_tokens", "dest": "input_tokens", "required": false }, { "path": "cache_read_input_tokens", "dest": "input_tokens", "required": false }, { "path": "cache_creation_input_tokens", "dest": "cache_write_tokens", "required": false }, { "path": "cache_read_input_tokens", "dest": "cache_read_tokens", "required": false }, { "path": "output_tokens", "dest": "output_tokens", "required": true }] }], "fallback_model_providers": ["openai", "anthropic", "deepseek", "x-ai", "moonshotai"], "models": [{ "id": "ada", "match": { "or": [{ "equals": "ada" }, { "equals": "text-embedding-ada" }, { "equals": "text-embedding-ada-002" }, { "equals": "text-embedding-ada-002-v2" }] }, "prices": { "input_mtok": 0.1 } }, { "id": "babbage", "match": { "or": [{ "equals": "babbage" }, { "equals": "babbage-002" }] }, "prices": { "input_mtok": 0.4 } }, { "id": "curie", "match": { "or": [{ "equals": "curie" }, { "equals": "text-curie" }, { "equals": "text-curie-001" }] }, "prices": { "input_mtok": 2 } }, { "id": "davinci", "match": { "or": [{ "equals": "davinci" }, { "equals": "davinci-002" }, { "equals": "text-davinci" }, { "equals": "text-davinci-002" }] }, "prices": { "input_mtok": 2 } }, { "id": "mai-ds-r1:free", "name": "MAI DS R1 (free)", "description": "MAI-DS-R1 is a post-trained variant of DeepSeek-R1 developed by the Microsoft AI team to improve the model's responsiveness on previously blocked topics while enhancing its safety profile. Built on top of DeepSeek-R1's reasoning foundation, it integrates 110k examples from the Tulu-3 SFT dataset and 350k internally curated multilingual safety-alignment samples. The model retains strong reasoning, coding, and problem-solving capabilities, while unblocking a wide range of prompts previously restricted in R1.", "match": { "equals": "mai-ds-r1:free" }, "context_window": 163840, "prices": {} }, { "id": "o1", "match": { "or": [{ "equals": "o1" }, { "equals": "o1-2024-12-17" }] }, "context_window": 2e5, "prices": { "input_mtok": 15, "cache_read_mtok": 7.5, "output_mtok": 60 } }, { "id": "o1-mini", "match": { "or": [{ "equals": "o1-mini" }, { "equals": "o1-mini-2024-09-12" }] }, "context_window": 128e3, "prices": { "input_mtok": 1.1, "cache_read_mtok": 0.55, "output_mtok": 4.4 } }, { "id": "o1-preview", "match": { "or": [{ "equals": "o1-preview" }, { "equals": "o1-preview-2024-09-12" }] }, "context_window": 128e3, "prices": { "input_mtok": 15, "cache_read_mtok": 7.5, "output_mtok": 60 } }, { "id": "o3-2025-04-16", "match": { "or": [{ "equals": "o3" }, { "equals": "o3-2025-04-16" }] }, "context_window": 2e5, "prices": { "input_mtok": 2, "cache_read_mtok": 0.5, "output_mtok": 8 } }, { "id": "o3-mini", "match": { "or": [{ "equals": "o3-mini" }, { "equals": "o3-mini-2025-01-31" }] }, "context_window": 2e5, "prices": { "input_mtok": 1.1, "cache_read_mtok": 0.55, "output_mtok": 4.4 } }, { "id": "o4-mini", "match": { "or": [{ "contains": "o4-mini" }, { "contains": "o4-mini-2025-04-16" }] }, "context_window": 2e5, "prices": { "input_mtok": 1.1, "cache_read_mtok": 0.28, "output_mtok": 4.4 } }, { "id": "phi-3-medium-128k-instruct", "name": "Phi-3 Medium 128K Instruct", "description": "Phi-3 128K Medium is a powerful 14-billion parameter model designed for advanced language understanding, reasoning, and instruction following. Optimized through supervised fine-tuning and preference adjustments, it excels in tasks involving common sense, mathematics, logical reasoning, and code processing.", "match": { "equals": "phi-3-medium-128k-instruct" }, "context_window": 131072, "prices": { "input_mtok": 1, "output_mtok": 1 } }, { "id": "phi-3-mini-128k-instruct", "name": "Phi-3 Mini 128K Instruct", "description": "Phi-3 Mini is a powerful 3.8B parameter model designed for advanced language understanding, reasoning, and instruction following. Optimized through supervised fine-tuning and preference adjustments, it excels in tasks involving common sense, mathematics, logical reasoning, and code processing.", "match": { "equals": "phi-3-mini-128k-instruct" }, "context_window": 131072, "prices": { "input_mtok": 0.1, "output_mtok": 0.1 } }, { "id": "phi-3.5-mini-128k-instruct", "name": "Phi-3.5 Mini 128K Instruct", "description": "Phi-3.5 models are lightweight, state-of-the-art open models. These models were trained with Phi-3 datasets that include both synthetic data and the filtered, publicly available websites data, with a focus on high quality and reasoning-dense properties. Phi-3.5 Mini uses 3.8B parameters, and is a dense decoder-only transformer model using the same tokenizer as Phi-3 Mini.", "match": { "equals": "phi-3.5-mini-128k-instruct" }, "context_window": 131072, "prices": { "input_mtok": 0.1, "output_mtok": 0.1 } }, { "id": "phi-4", "name": "Phi 4", "description": "Microsoft Research Phi-4 is designed to perform well in complex reasoning tasks and can operate efficiently in situations with limited memory or where quick responses are needed.", "match": { "equals": "phi-4" }, "context_window": 16384, "prices": { "input_mtok": 0.07, "output_mtok": 0.14 } }, { "id": "phi-4-mini-instruct", "name": "Phi 4 Mini Instruct", "description": "Phi-4-mini-instruct is a lightweight open model built upon synthetic data and filtered publicly available websites, with a focus on high-quality, reasoning-dense data.", "match": { "equals": "phi-4-mini-instruct" }, "context_window": 131072, "price_comments": "Imported from OpenRouter pricing; verify against Azure AI Foundry when native pricing is published.", "prices": { "input_mtok": 0.08, "output_mtok": 0.35 } }, { "id": "phi-4-multimodal-instruct", "name": "Phi 4 Multimodal Instruct", "description": "Phi-4 Multimodal Instruct is a versatile 5.6B parameter foundation model that combines advanced reasoning and instruction-following capabilities across both text and visual inputs, providing accurate text outputs. The unified architecture enables efficient, low-latency inference, suitable for edge and mobile deployments. Phi-4 Multimodal Instruct supports text inputs in multiple languages including Arabic, Chinese, English, French, German, Japanese, Spanish, and more, with visual input optimized primarily for English. It delivers impressive performance on multimodal tasks involving mathematical, scientific, and document reasoning, providing developers and enterprises a powerful yet compact model for sophisticated interactive applications. For more information, see the Phi-4 Multimodal blog post.", "match": { "equals": "phi-4-multimodal-instruct" }, "context_window": 131072, "prices": { "input_mtok": 0.05, "output_mtok": 0.1 } }, { "id": "phi-4-reasoning-plus", "name": "Phi 4 Reasoning Plus", "description": "Phi-4-reasoning-plus is an enhanced 14B parameter model from Microsoft, fine-tuned from Phi-4 with additional reinforcement learning to boost accuracy on math, science, and code reasoning tasks. It uses the same dense decoder-only transformer architecture as Phi-4, but generates longer, more comprehensive outputs structured into a step-by-step reasoning trace and final answer.", "match": { "equals": "phi-4-reasoning-plus" }, "context_window": 32768, "prices": { "input_mtok": 0.07, "output_mtok": 0.35 } }, { "id": "phi-4-reasoning-plus:free", "name": "Phi 4 Reasoning Plus (free)", "description": "Phi-4-reasoning-plus is an enhanced 14B parameter model from Microsoft, fine-tuned from Phi-4 with additional reinforcement learning to boost accuracy on math, science, and code reasoning tasks. It uses the same dense decoder-only transformer architecture as Phi-4, but generates longer, more comprehensive outputs structured into a step-by-step reasoning trace and final answer.", "match": { "equals": "phi-4-reasoning-plus:free" }, "context_window": 32768, "prices": {} }, { "id": "phi-4-reasoning:free", "name": "Phi 4 Reasoning (free)", "description": "Phi-4-reasoning is a 14B parameter dense decoder-only transformer developed by Microsoft, fine-tuned from Phi-4 to enhance complex reasoning capabilities. It uses a combination of supervised fine-tuning on chain-of-thought traces and reinforcement learning, targeting math, science, and code reasoning tasks. With a 32k context window and high inference efficiency, it is optimized for structured responses in a two-part format: reasoning trace followed by a final solution.", "match": { "equals": "phi-4-reasoning:free" }, "context_window": 32768, "prices": {} }, { "id": "text-embedding-3-large", "match": { "equals": "text-embedding-3-large" }, "context_window": 8192, "prices": { "input_mtok": 0.13 } }, { "id": "text-embedding-3-small", "match": { "equals": "text-embedding-3-small" }, "context_window": 8192, "prices": { "input_mtok": 0.02 } }, { "id": "wizardlm-2-8x22b", "name": "WizardLM-2 8x22B", "description": "WizardLM-2 8x22B is Microsoft AI's most advanced Wizard model. It demonstrates highly competitive performance compared to leading proprietary models, and it consistently outperforms all existing state-of-the-art opensource models.", "match": { "equals": "wizardlm-2-8x22b" }, "prices": { "input_mtok": 0.48, "output_mtok": 0.48 } }] }, { "id": "deepseek", "name": "Deepseek", "pricing_urls": ["https://api-docs.deepseek.com/quick_start/pricing"], "api_pattern": "https://api\\.deepseek\\.com", "price_comments": 'Deepseek off-peak pricing applies "UTC 16:30-00:30" so we switch it around and use the off-peak pricing as the default (first) price then the second price with a constraint is the "standard" pricing that applies "UTC 00:30-16:30".', "model_match": { "starts_with": "deepseek" }, "extractors": [{ "api_flavor": "chat", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }, { "path": ["prompt_tokens_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["completion_tokens_details", "audio_tokens"], "dest": "output_audio_tokens", "required": false }, { "path": ["completion_tokens_details", "reasoning_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "completion_tokens", "dest": "output_tokens", "required": true }] }], "models": [{ "id": "deepseek-chat", "name": "DeepSeek Chat", "description": "DeepSeek-V3 is the latest model from the DeepSeek team, building upon the instruction following and coding abilities of the previous versions. Pre-trained on nearly 15 trillion tokens, the reported evaluations reveal that the model outperforms other open-source models and rivals leading closed-source models.", "match": { "or": [{ "starts_with": "deepseek-chat" }, { "equals": "deepseek-chat-v3-0324" }] }, "context_window": 64e3, "prices": [{ "prices": { "input_mtok": 0.135, "cache_read_mtok": 0.035, "output_mtok": 0.55 } }, { "constraint": { "start_time": "00:30:00Z", "end_time": "16:30:00Z", "type": "time_of_date" }, "prices": { "input_mtok": 0.27, "cache_read_mtok": 0.07, "output_mtok": 1.1 } }] }, { "id": "deepseek-reasoner", "name": "Deepseek R1", "description": "DeepSeek R1 is here: Performance on par with OpenAI o1, but open-sourced and with fully open reasoning tokens. It's 671B parameters in size, with 37B active in an inference pass.", "match": { "or": [{ "equals": "deepseek-reasoner" }, { "starts_with": "deepseek-r1" }, { "equals": "deepseek-r1-0528" }] }, "context_window": 64e3, "prices": [{ "prices": { "input_mtok": 0.135, "cache_read_mtok": 0.035, "output_mtok": 0.55 } }, { "constraint": { "start_time": "00:30:00Z", "end_time": "16:30:00Z", "type": "time_of_date" }, "prices": { "input_mtok": 0.55, "cache_read_mtok": 0.14, "output_mtok": 2.19 } }] }, { "id": "deepseek-v3.1-terminus", "name": "DeepSeek V3.1 Terminus", "description": "DeepSeek-V3.1 Terminus is an update to DeepSeek V3.1 that maintains the model's original capabilities while addressing issues reported by users, including language consistency and agent capabilities.", "match": { "equals": "deepseek-v3.1-terminus" }, "context_window": 128e3, "prices": { "input_mtok": 0.27, "cache_read_mtok": 0.13, "output_mtok": 0.95 } }, { "id": "deepseek-v3.2", "name": "DeepSeek V3.2", "description": "DeepSeek-V3.2 is a large language model designed to harmonize high computational efficiency with strong reasoning and agentic tool-use performance.", "match": { "equals": "deepseek-v3.2" }, "context_window": 128e3, "prices": { "input_mtok": 0.2288, "output_mtok": 0.3432 } }, { "id": "deepseek-v3.2-exp", "name": "DeepSeek V3.2 Exp", "description": "DeepSeek-V3.2-Exp is an experimental large language model released by DeepSeek as an intermediate step between V3.1 and future architectures.", "match": { "equals": "deepseek-v3.2-exp" }, "context_window": 128e3, "prices": { "input_mtok": 0.27, "output_mtok": 0.41 } }, { "id": "deepseek-v4-flash", "name": "DeepSeek V4 Flash", "description": "DeepSeek-V4-Flash. Supports both non-thinking and thinking (default) modes, JSON output, tool calls, chat prefix completion, and FIM completion (non-thinking only).", "match": { "or": [{ "starts_with": "deepseek-v4-flash" }] }, "context_window": 1e6, "price_comments": 'From 2026-08-17 the V4 models use different peak windows from the V3 models: peak is "UTC 01:00-04:00" and "UTC 06:00-10:00", everything else is off-peak. The flat rate that applied before 2026-08-17 is kept as the unconstrained first price, the new off-peak rate is gated on start_date, and the two peak windows come last so they win during peak hours. Two things this layout still cannot say, because `constraint` is a union and one entry cannot carry both a date and a daily window. Requests from before 2026-08-17 that fall inside 01:00-04:00 or 06:00-10:00 UTC - 7 hours of every day - resolve to the new peak rate rather than the old flat rate. And from 2026-08-23 Deepseek bills off-peak all day at weekends (Beijing time), which needs a day-of-week condition, so on Saturdays and Sundays the peak prices here are an upper bound. See https://github.com/pydantic/genai-prices/issues/582.', "prices": [{ "prices": { "input_mtok": 0.14, "cache_read_mtok": 28e-4, "output_mtok": 0.28 } }, { "constraint": { "start_date": "2026-08-17", "type": "start_date" }, "prices": { "input_mtok": 0.22, "cache_read_mtok": 7e-3, "output_mtok": 0.66 } }, { "constraint": { "start_time": "01:00:00Z", "end_time": "04:00:00Z", "type": "time_of_date" }, "prices": { "input_mtok": 0.44, "cache_read_mtok": 0.014, "output_mtok": 1.32 } }, { "constraint": { "start_time": "06:00:00Z", "end_time": "10:00:00Z", "type": "time_of_date" }, "prices": { "input_mtok": 0.44, "cache_read_mtok": 0.014, "output_mtok": 1.32 } }] }, { "id": "deepseek-v4-pro", "name": "DeepSeek V4 Pro", "description": "DeepSeek-V4-Pro. Supports both non-thinking and thinking (default) modes, JSON output, tool calls, chat prefix completion, and FIM completion (non-thinking only).", "match": { "or": [{ "starts_with": "deepseek-v4-pro" }] }, "context_window": 1e6, "price_comments": 'From 2026-08-17 the V4 models use different peak windows from the V3 models: peak is "UTC 01:00-04:00" and "UTC 06:00-10:00", everything else is off-peak. The flat rate that applied before 2026-08-17 is kept as the unconstrained first price, the new off-peak rate is gated on start_date, and the two peak windows come last so they win during peak hours. Two things this layout still cannot say, because `constraint` is a union and one entry cannot carry both a date and a daily window. Requests from before 2026-08-17 that fall inside 01:00-04:00 or 06:00-10:00 UTC - 7 hours of every day - resolve to the new peak rate rather than the old flat rate. And from 2026-08-23 Deepseek bills off-peak all day at weekends (Beijing time), which needs a day-of-week condition, so on Saturdays and Sundays the peak prices here are an upper bound. See https://github.com/pydantic/genai-prices/issues/582.', "prices": [{ "prices": { "input_mtok": 0.435, "cache_read_mtok": 3625e-6, "output_mtok": 0.87 } }, { "constraint": { "start_date": "2026-08-17", "type": "start_date" }, "prices": { "input_mtok": 0.66, "cache_read_mtok": 0.022, "output_mtok": 1.98 } }, { "constraint": { "start_time": "01:00:00Z", "end_time": "04:00:00Z", "type": "time_of_date" }, "prices": { "input_mtok": 1.32, "cache_read_mtok": 0.044, "output_mtok": 3.96 } }, { "constraint": { "start_time": "06:00:00Z", "end_time": "10:00:00Z", "type": "time_of_date" }, "prices": { "input_mtok": 1.32, "cache_read_mtok": 0.044, "output_mtok": 3.96 } }] }] }, { "id": "x-ai", "name": "X AI", "pricing_urls": ["https://docs.x.ai/docs/models"], "api_pattern": "https://api\\.x\\.ai", "model_match": { "contains": "grok" }, "provider_match": { "equals": "xai" }, "extractors": [{ "api_flavor": "default", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }, { "path": "cached_prompt_text_tokens", "dest": "cache_read_tokens", "required": false }, { "path": "reasoning_tokens", "dest": "output_tokens", "required": false }, { "path": "reasoning_tokens", "dest": "output_reasoning_tokens", "required": false }, { "path": "completion_tokens", "dest": "output_tokens", "required": true }] }, { "api_flavor": "chat", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }, { "path": ["prompt_tokens_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["completion_tokens_details", "audio_tokens"], "dest": "output_audio_tokens", "required": false }, { "path": ["completion_tokens_details", "reasoning_tokens"], "dest": "output_tokens", "required": false }, { "path": ["completion_tokens_details", "reasoning_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "completion_tokens", "dest": "output_tokens", "required": true }] }, { "api_flavor": "realtime", "root": "usage", "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": false }, { "path": ["input_token_details", "text_tokens"], "dest": "input_text_tokens", "required": false }, { "path": ["input_token_details", "audio_tokens"], "dest": "input_audio_tokens", "required": false }, { "path": "output_tokens", "dest": "output_tokens", "required": false }, { "path": ["output_token_details", "text_tokens"], "dest": "output_text_tokens", "required": false }, { "path": ["output_token_details", "audio_tokens"], "dest": "output_audio_tokens", "required": false }, { "path": "billable_audio_seconds", "dest": "audio_seconds", "required": true }, { "path": "input_text_messages", "dest": "input_text_messages", "required": false }] }], "models": [{ "id": "grok-2-1212", "name": "Grok 2 1212", "description": "(deprecated) Grok 2 1212 introduces significant enhancements to accuracy, instruction adherence, and multilingual support, making it a powerful and flexible choice for developers seeking a highly steerable, intelligent model.", "match": { "or": [{ "equals": "grok-2-1212" }, { "equals": "grok-2" }, { "equals": "grok-2-latest" }] }, "context_window": 32768, "prices": { "input_mtok": 2, "output_mtok": 10 }, "deprecated": true }, { "id": "grok-2-vision-1212", "name": "Grok 2 Vision 1212", "description": "Our multimodal model that processes documents, diagrams, charts, screenshots, and photographs.", "match": { "or": [{ "equals": "grok-2-vision-1212" }, { "equals": "grok-2-vision" }, { "equals": "grok-2-vision-latest" }] }, "context_window": 32768, "prices": { "input_mtok": 2, "output_mtok": 10 } }, { "id": "grok-3", "name": "Grok 3", "description": "Flagship model that excels at enterprise use cases like data extraction, coding, and text summarization. Possesses deep domain knowledge in finance, healthcare, law, and science.", "match": { "or": [{ "equals": "grok-3" }, { "equals": "grok-3-latest" }, { "equals": "grok-3-beta" }] }, "context_window": 131072, "prices": { "input_mtok": 3, "cache_read_mtok": 0.75, "output_mtok": 15 } }, { "id": "grok-3-fast", "name": "Grok 3 Fast", "description": "Excels at enterprise use cases like data extraction, coding, and text summarization. Possesses deep domain knowledge in finance, healthcare, law, and science.", "match": { "or": [{ "equals": "grok-3-fast" }, { "equals": "grok-3-fast-latest" }, { "equals": "grok-3-fast-beta" }] }, "context_window": 131072, "prices": { "input_mtok": 5, "cache_read_mtok": 1.25, "output_mtok": 25 } }, { "id": "grok-3-mini", "name": "Grok 3 Mini", "description": "A lightweight model that thinks before responding. Fast, smart, and great for logic-based tasks that do not require deep domain knowledge. The raw thinking traces are accessible.", "match": { "or": [{ "equals": "grok-3-mini" }, { "equals": "grok-3-mini-beta" }, { "equals": "grok-3-mini-latest" }] }, "context_window": 131072, "prices": { "input_mtok": 0.3, "cache_read_mtok": 0.075, "output_mtok": 0.5 } }, { "id": "grok-3-mini-fast", "name": "Grok 3 Mini Fast", "description": "A lightweight model that thinks before responding. Fast, smart, and great for logic-based tasks that do not require deep domain knowledge. The raw thinking traces are accessible.", "match": { "or": [{ "equals": "grok-3-mini-fast" }, { "equals": "grok-3-mini-fast-beta" }, { "equals": "grok-3-mini-fast-latest" }] }, "context_window": 131072, "prices": { "input_mtok": 0.6, "cache_read_mtok": 0.15, "output_mtok": 4 } }, { "id": "grok-4-0709", "name": "Grok 4", "description": "A flagship model, offering unparalleled performance in natural language, math and reasoning - the perfect jack of all trades.", "match": { "or": [{ "equals": "grok-4-0709" }, { "equals": "grok-4" }, { "equals": "grok-4-latest" }] }, "context_window": 256e3, "prices": { "input_mtok": 3, "cache_read_mtok": 0.75, "output_mtok": 15 } }, { "id": "grok-4-1-fast-non-reasoning", "name": "Grok 4.1 Fast Non-Reasoning", "description": "A frontier multimodal model optimized specifically for high-performance agentic tool calling.", "match": { "or": [{ "equals": "grok-4-1-fast-non-reasoning" }, { "equals": "grok-4-1-fast-non-reasoning-latest" }] }, "context_window": 2e6, "prices": { "input_mtok": 0.2, "cache_read_mtok": 0.05, "output_mtok": 0.5 } }, { "id": "grok-4-1-fast-reasoning", "name": "Grok 4.1 Fast Reasoning", "description": "A frontier multimodal model optimized specifically for high-performance agentic tool calling.", "match": { "or": [{ "equals": "grok-4-1-fast" }, { "equals": "grok-4-1-fast-reasoning" }, { "equals": "grok-4-1-fast-reasoning-latest" }] }, "context_window": 2e6, "prices": { "input_mtok": 0.2, "cache_read_mtok": 0.05, "output_mtok": 0.5 } }, { "id": "grok-4-fast-non-reasoning", "name": "Grok 4 Fast Non-Reasoning", "description": "A frontier multimodal model optimized specifically for high-performance agentic tool calling.", "match": { "or": [{ "equals": "grok-4-fast-non-reasoning" }, { "equals": "grok-4-fast-non-reasoning-latest" }] }, "context_window": 2e6, "prices": { "input_mtok": 0.2, "cache_read_mtok": 0.05, "output_mtok": 0.5 } }, { "id": "grok-4-fast-reasoning", "name": "Grok 4 Fast Reasoning", "description": "A frontier multimodal model optimized specifically for high-performance agentic tool calling.", "match": { "or": [{ "equals": "grok-4-fast" }, { "equals": "grok-4-fast-reasoning" }, { "equals": "grok-4-fast-reasoning-latest" }] }, "context_window": 2e6, "prices": { "input_mtok": 0.2, "cache_read_mtok": 0.05, "output_mtok": 0.5 } }, { "id": "grok-4.20", "name": "Grok 4.20", "description": "Grok 4.20 is a reasoning model from xAI with industry-leading speed and agentic tool calling capabilities. It combines low hallucination rates with strict prompt adherence.", "match": { "equals": "grok-4.20" }, "context_window": 1e6, "price_comments": 'Prompts at or above 200k tokens are billed at the higher rate for every token in the request, not just the tokens past the threshold. xAI\'s boundary is inclusive -- its table columns read "< 200k prompt tokens" and ">= 200k prompt tokens" -- while a tier here fires on `tokens > start`, so the start is 199999 and a 200000-token prompt lands on the higher rate. Ref: https://docs.x.ai/docs/models', "prices": { "input_mtok": { "base": 1.25, "tiers": [{ "start": 199999, "price": 2.5 }] }, "cache_read_mtok": { "base": 0.2, "tiers": [{ "start": 199999, "price": 0.4 }] }, "output_mtok": { "base": 2.5, "tiers": [{ "start": 199999, "price": 5 }] } } }, { "id": "grok-4.20-multi-agent", "name": "Grok 4.20 Multi-Agent", "description": "Grok 4.20 Multi-Agent is a variant of xAI's Grok 4.20 designed for collaborative, agent-based workflows. Multiple agents operate in parallel to conduct deep research, coordinate tool use, and synthesize information.", "match": { "equals": "grok-4.20-multi-agent" }, "context_window": 1e6, "prices": { "input_mtok": 2, "cache_read_mtok": 0.2, "output_mtok": 6 } }, { "id": "grok-4.3", "name": "Grok 4.3", "description": "Most advanced flagship model, leading the industry in non-hallucination rate, agentic tool calling, and instruction following capabilities. Supports text and image inputs with text outputs, function calling, structured outputs, and reasoning.", "match": { "or": [{ "equals": "grok-4.3" }, { "regex": "^grok-4\\.3-\\d{8}$" }, { "equals": "x-ai/grok-4.3" }, { "regex": "^x-ai/grok-4\\.3-\\d{8}$" }, { "equals": "grok-4.3-latest" }] }, "context_window": 1e6, "price_comments": 'Prompts at or above 200k tokens are billed at the higher rate for every token in the request, not just the tokens past the threshold. xAI\'s boundary is inclusive -- its table columns read "< 200k prompt tokens" and ">= 200k prompt tokens" -- while a tier here fires on `tokens > start`, so the start is 199999 and a 200000-token prompt lands on the higher rate. Ref: https://docs.x.ai/docs/models', "prices": { "input_mtok": { "base": 1.25, "tiers": [{ "start": 199999, "price": 2.5 }] }, "cache_read_mtok": { "base": 0.2, "tiers": [{ "start": 199999, "price": 0.4 }] }, "output_mtok": { "base": 2.5, "tiers": [{ "start": 199999, "price": 5 }] } } }, { "id": "grok-4.5", "name": "Grok 4.5", "description": "xAI's most intelligent and fastest flagship model, well-suited for general-purpose use including coding and chat. Supports text and image inputs with text outputs, function calling, structured outputs, and reasoning.", "match": { "or": [{ "equals": "grok-4.5" }, { "regex": "^grok-4\\.5-\\d{8}$" }, { "equals": "x-ai/grok-4.5" }, { "regex": "^x-ai/grok-4\\.5-\\d{8}$" }, { "equals": "grok-4.5-latest" }, { "equals": "grok-latest" }] }, "context_window": 5e5, "price_comments": 'Prompts at or above 200k tokens are billed at the higher rate for every token in the request, not just the tokens past the threshold. xAI\'s boundary is inclusive -- its table columns read "< 200k prompt tokens" and ">= 200k prompt tokens" -- while a tier here fires on `tokens > start`, so the start is 199999 and a 200000-token prompt lands on the higher rate. The base cache-read price is 0.30, not 0.50 - 0.50 is Grok 4.6\'s. Ref: https://docs.x.ai/docs/models/grok-4.5', "prices": { "input_mtok": { "base": 2, "tiers": [{ "start": 199999, "price": 4 }] }, "cache_read_mtok": { "base": 0.3, "tiers": [{ "start": 199999, "price": 0.6 }] }, "output_mtok": { "base": 6, "tiers": [{ "start": 199999, "price": 12 }] } } }, { "id": "grok-4.6", "name": "Grok 4.6", "description": "xAI's latest flagship model, released 2026-08-12. Supports text and image inputs with text outputs, function calling, structured outputs, and reasoning, over a 500k-token context window.", "match": { "or": [{ "equals": "grok-4.6" }, { "regex": "^grok-4\\.6-\\d{8}$" }, { "equals": "x-ai/grok-4.6" }, { "regex": "^x-ai/grok-4\\.6-\\d{8}$" }, { "equals": "grok-4.6-latest" }] }, "context_window": 5e5, "price_comments": 'Prompts at or above 200k tokens are billed at the higher rate for every token in the request, not just the tokens past the threshold. xAI\'s boundary is inclusive -- its table columns read "< 200k prompt tokens" and ">= 200k prompt tokens" -- while a tier here fires on `tokens > start`, so the start is 199999 and a 200000-token prompt lands on the higher rate. Ref: https://docs.x.ai/docs/models/grok-4.6', "prices": { "input_mtok": { "base": 2, "tiers": [{ "start": 199999, "price": 4 }] }, "cache_read_mtok": { "base": 0.5, "tiers": [{ "start": 199999, "price": 1 }] }, "output_mtok": { "base": 6, "tiers": [{ "start": 199999, "price": 12 }] } } }, { "id": "grok-build-0.1", "name": "Grok Build 0.1", "description": "Grok Build 0.1 is xAI's fast coding model trained specifically for agentic software engineering workflows. It supports text and image inputs with text output, and is optimized for interactive coding.", "match": { "equals": "grok-build-0.1" }, "context_window": 256e3, "price_comments": 'Prompts at or above 200k tokens are billed at the higher rate for every token in the request, not just the tokens past the threshold. xAI\'s boundary is inclusive -- its table columns read "< 200k prompt tokens" and ">= 200k prompt tokens" -- while a tier here fires on `tokens > start`, so the start is 199999 and a 200000-token prompt lands on the higher rate. Ref: https://docs.x.ai/docs/models', "prices": { "input_mtok": { "base": 1, "tiers": [{ "start": 199999, "price": 2 }] }, "cache_read_mtok": { "base": 0.2, "tiers": [{ "start": 199999, "price": 0.4 }] }, "output_mtok": { "base": 2, "tiers": [{ "start": 199999, "price": 4 }] } } }, { "id": "grok-code-fast-1", "name": "Grok Code Fast 1", "description": "A speedy and economical reasoning model that excels at agentic coding.", "match": { "or": [{ "equals": "grok-code-fast" }, { "equals": "grok-code-fast-1" }, { "equals": "grok-code-fast-1-0825" }] }, "context_window": 256e3, "prices": { "input_mtok": 0.2, "cache_read_mtok": 0.02, "output_mtok": 1.5 } }, { "id": "grok-voice-latest", "name": "Grok Voice", "match": { "equals": "grok-voice-latest" }, "price_comments": "See https://docs.x.ai/developers/release-notes and https://docs.x.ai/developers/pricing#voice-pricing.", "prices": [{ "prices": { "audio_hours": 3, "input_text_messages_kcount": 4 } }, { "constraint": { "start_date": "2026-08-05", "type": "start_date" }, "prices": { "audio_hours": 4.8, "input_text_messages_kcount": 4 } }] }, { "id": "grok-voice-think-fast-1.0", "name": "Grok Voice Think Fast 1.0", "match": { "equals": "grok-voice-think-fast-1.0" }, "price_comments": "See https://docs.x.ai/developers/pricing#voice-pricing.", "prices": { "audio_hours": 3, "input_text_messages_kcount": 4 }, "deprecated": true }, { "id": "grok-voice-think-fast-2.0", "name": "Grok Voice Think Fast 2.0", "match": { "equals": "grok-voice-think-fast-2.0" }, "price_comments": "See https://docs.x.ai/developers/pricing#voice-pricing.", "prices": { "audio_hours": 4.8, "input_text_messages_kcount": 4 } }] }, { "id": "mistral", "name": "Mistral", "pricing_urls": ["https://mistral.ai/pricing/api"], "api_pattern": "https://api\\.mistral\\.ai", "model_match": { "regex": "^(?![^/]+/)(?:labs-)?(?:(?:mi|code|dev|magi|mini)stral|mixtral|pixtral|voxtral|open-(?:mistral|mixtral))" }, "provider_match": { "starts_with": "mistral" }, "extractors": [{ "api_flavor": "default", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }, { "path": ["prompt_tokens_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["completion_tokens_details", "reasoning_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "completion_tokens", "dest": "output_tokens", "required": true }] }, { "api_flavor": "ocr", "root": "usage_info", "model_path": "model", "mappings": [{ "path": "pages_processed", "dest": "input_document_pages", "required": true }] }, { "api_flavor": "ocr_annotated", "root": "usage_info", "model_path": "model", "mappings": [{ "path": "pages_processed", "dest": "input_document_pages", "required": true }, { "path": "pages_processed", "dest": "input_annotated_document_pages", "required": true }] }], "models": [{ "id": "codestral", "name": "Codestral", "description": "Mistral's cutting-edge language model for coding. Codestral specializes in low-latency, high-frequency tasks such as fill-in-the-middle (FIM), code correction and test generation.", "match": { "or": [{ "equals": "codestral-latest" }, { "equals": "codestral-2501" }] }, "context_window": 256e3, "prices": { "input_mtok": 0.3, "output_mtok": 0.9 } }, { "id": "codestral-2508", "name": "Codestral 2508", "description": "Mistral's cutting-edge language model for coding released end of July 2025. Codestral specializes in low-latency, high-frequency tasks such as fill-in-the-middle (FIM), code correction and test generation.", "match": { "equals": "codestral-2508" }, "context_window": 256e3, "prices": { "input_mtok": 0.3, "cache_read_mtok": 0.03, "output_mtok": 0.9 } }, { "id": "devstral-2512", "name": "Devstral 2 2512", "description": "Devstral 2 is a state-of-the-art open-source model by Mistral AI specializing in agentic coding. It is a 123B-parameter dense transformer model supporting a 256K context window.", "match": { "equals": "devstral-2512" }, "context_window": 262144, "prices": { "input_mtok": 0.4, "cache_read_mtok": 0.04, "output_mtok": 2 } }, { "id": "devstral-small", "name": "Devstral Small", "description": "Devstral-Small-2505 is a 24B parameter agentic LLM fine-tuned from Mistral-Small-3.1, jointly developed by Mistral AI and All Hands AI for advanced software engineering tasks. It is optimized for codebase exploration, multi-file editing, and integration into coding agents, achieving state-of-the-art results on SWE-Bench Verified (46.8%).", "match": { "or": [{ "equals": "devstral-small" }, { "equals": "devstral-small-2505" }, { "equals": "devstral-small-2507" }, { "equals": "devstral-small-latest" }, { "equals": "labs-devstral-small-2512" }] }, "price_comments": "The previous $0.06/$0.12 rates were not Mistral's; every Devstral Small generation is documented at $0.10/$0.30. Ref: https://github.com/mistralai/platform-docs-public/tree/main/src/schema/models/models (devstral-small-*.ts)", "prices": { "input_mtok": 0.1, "output_mtok": 0.3 }, "deprecated": true }, { "id": "devstral-small:free", "name": "Devstral Small (free)", "description": "Devstral-Small-2505 is a 24B parameter agentic LLM fine-tuned from Mistral-Small-3.1, jointly developed by Mistral AI and All Hands AI for advanced software engineering tasks. It is optimized for codebase exploration, multi-file editing, and integration into coding agents, achieving state-of-the-art results on SWE-Bench Verified (46.8%).", "match": { "equals": "devstral-small:free" }, "prices": {} }, { "id": "magistral-medium", "name": "Magistral Medium", "description": "Magistral is Mistral's first reasoning model. It is ideal for general purpose use requiring longer thought processing and better accuracy than with non-reasoning LLMs. From legal research and financial forecasting to software development and creative storytelling \u2014 this model solves multi-step challenges where transparency and precision are critical.", "match": { "or": [{ "starts_with": "magistral-medium" }] }, "prices": { "input_mtok": 2, "output_mtok": 5 } }, { "id": "magistral-small", "name": "Magistral Small", "description": "Magistral Small is a 24B parameter instruction-tuned model based on Mistral-Small-3.1 (2503), enhanced through supervised fine-tuning on traces from Magistral Medium and further refined via reinforcement learning. It is optimized for reasoning and supports a wide multilingual range, including over 20 languages.", "match": { "starts_with": "magistral-small-" }, "prices": { "input_mtok": 0.5, "output_mtok": 1.5 } }, { "id": "ministral-14b-2512", "name": "Ministral 3 14B 2512", "description": "The largest model in the Ministral 3 family, Ministral 3 14B offers frontier capabilities and performance comparable to its larger Mistral Small 3.2 24B counterpart.", "match": { "equals": "ministral-14b-2512" }, "context_window": 262144, "prices": { "input_mtok": 0.2, "cache_read_mtok": 0.02, "output_mtok": 0.2 } }, { "id": "ministral-3b", "name": "Ministral 3B", "description": "Ministral 3B is a 3B parameter model optimized for on-device and edge computing. It excels in knowledge, commonsense reasoning, and function-calling, outperforming larger models like Mistral 7B on most benchmarks. Supporting up to 128k context length, it's ideal for orchestrating agentic workflows and specialist tasks with efficient inference.", "match": { "equals": "ministral-3b" }, "prices": { "input_mtok": 0.04, "output_mtok": 0.04 } }, { "id": "ministral-3b-2512", "name": "Ministral 3 3B 2512", "description": "The smallest model in the Ministral 3 family, Ministral 3 3B is a powerful, efficient tiny language model with vision capabilities.", "match": { "equals": "ministral-3b-2512" }, "context_window": 131072, "prices": { "input_mtok": 0.1, "cache_read_mtok": 0.01, "output_mtok": 0.1 } }, { "id": "ministral-8b", "name": "Ministral 8B 24.10", "description": "Ministral 8B is an 8B parameter model featuring a unique interleaved sliding-window attention pattern for faster, memory-efficient inference. Designed for edge use cases, it supports up to 128k context length and excels in knowledge and reasoning tasks. It outperforms peers in the sub-10B category, making it perfect for low-latency, privacy-first applications.", "match": { "or": [{ "equals": "ministral-8b" }, { "equals": "ministral-8b-2410" }] }, "price_comments": "The previous $1 output price was incorrect; Mistral documented $0.10 from launch. Ref: https://github.com/mistralai/platform-docs-public/blob/4422b455194a/src/schema/models/models/ministral-8b-24-1.ts", "prices": { "input_mtok": 0.1, "output_mtok": 0.1 } }, { "id": "ministral-8b-2512", "name": "Ministral 3 8B 2512", "description": "Ministral 3 8B is an efficient text and vision model for edge deployment.", "match": { "equals": "ministral-8b-2512" }, "context_window": 262144, "price_comments": "Ref: https://mistral.ai/pricing/api", "prices": { "input_mtok": 0.15, "cache_read_mtok": 0.015, "output_mtok": 0.15 } }, { "id": "ministral-8b-latest", "name": "Ministral 8B Latest", "match": { "equals": "ministral-8b-latest" }, "price_comments": "The latest alias moved from Ministral 8B 24.10 to Ministral 3 8B on 2025-12-02. Ref: https://github.com/mistralai/platform-docs-public/commit/4975b09514f95978cfeeea814562000348548107", "prices": [{ "prices": { "input_mtok": 0.1, "output_mtok": 0.1 } }, { "constraint": { "start_date": "2025-12-02", "type": "start_date" }, "prices": { "input_mtok": 0.15, "cache_read_mtok": 0.015, "output_mtok": 0.15 } }] }, { "id": "mistral-7b", "name": "Mistral 7B", "match": { "or": [{ "equals": "mistral-7b" }, { "equals": "open-mistral-7b" }] }, "prices": { "input_mtok": 0.25, "output_mtok": 0.25 } }, { "id": "mistral-embed", "match": { "equals": "mistral-embed" }, "context_window": 8192, "prices": { "input_mtok": 0.1, "output_mtok": 0.1 } }, { "id": "mistral-large", "name": "Mistral Large", "description": "This is Mistral AI's flagship model, Mistral Large 2 (version `mistral-large-2407`). It's a proprietary weights-available model and excels at reasoning, code, JSON, chat, and more. Read the launch announcement here.", "match": { "or": [{ "equals": "mistral-large" }, { "equals": "mistral-large-latest" }, { "equals": "mistral-large-2407" }, { "equals": "mistral-large-2411" }] }, "prices": { "input_mtok": 2, "output_mtok": 6 } }, { "id": "mistral-large-2512", "name": "Mistral Large 3 2512", "description": "Mistral Large 3 2512 is Mistral's most capable model to date, featuring a sparse mixture-of-experts architecture with 41B active parameters (675B total), and released under the Apache 2.0 license.", "match": { "equals": "mistral-large-2512" }, "context_window": 262144, "prices": { "input_mtok": 0.5, "cache_read_mtok": 0.05, "output_mtok": 1.5 } }, { "id": "mistral-medium-2312", "name": "Mistral Medium 1", "description": "Mistral's first enterprise-grade model, released in December 2023.", "match": { "equals": "mistral-medium-2312" }, "price_comments": "Retired on 2025-06-16; retained for historical usage records at its original $2.70/$8.10 per MTok rates. Ref: https://github.com/mistralai/platform-docs-public/blob/222f4ba9114f84ce9f2d718b9a12fbac1e527f4b/src/schema/models/models/mistral-medium-1-0-23-12.ts", "prices": { "input_mtok": 2.7, "output_mtok": 8.1 } }, { "id": "mistral-medium-3-1", "name": "Mistral Medium 3 and 3.1", "description": "Mistral Medium 3 is a high-performance enterprise-grade language model designed to deliver frontier-level capabilities at significantly reduced operational cost. It balances state-of-the-art reasoning and multimodal performance with 8\xD7 lower cost compared to traditional large models, making it suitable for scalable deployments across professional and industrial use cases.", "match": { "or": [{ "equals": "mistral-medium" }, { "equals": "mistral-medium-2505" }, { "equals": "mistral-medium-2508" }] }, "price_comments": "Mistral Medium 3 and 3.1 retain their original $0.40/$2 per MTok rates. Ref: https://github.com/mistralai/platform-docs-public/blob/222f4ba9114f84ce9f2d718b9a12fbac1e527f4b/src/schema/models/models/mistral-medium-3-1-25-08.ts", "prices": { "input_mtok": 0.4, "cache_read_mtok": 0.04, "output_mtok": 2 } }, { "id": "mistral-medium-3-5", "name": "Mistral Medium 3.5", "description": "Mistral Medium 3.5 is a frontier-class multimodal model optimized for agentic and coding use cases.", "match": { "or": [{ "equals": "mistral-medium-3.5" }, { "equals": "mistral-medium-3-5" }, { "equals": "mistral-medium-3" }] }, "context_window": 262144, "price_comments": "Ref: https://mistral.ai/pricing/api", "prices": { "input_mtok": 1.5, "cache_read_mtok": 0.15, "output_mtok": 7.5 } }, { "id": "mistral-medium-latest", "name": "Mistral Medium Latest", "match": { "equals": "mistral-medium-latest" }, "price_comments": "The latest alias moved from Mistral Medium 3.1 to Mistral Medium 3.5 on 2026-06-16. Ref: https://github.com/mistralai/platform-docs-public/commit/cc58c1186b1ca8ad65658f5dfd3ebd29de778c7f", "prices": [{ "prices": { "input_mtok": 0.4, "cache_read_mtok": 0.04, "output_mtok": 2 } }, { "constraint": { "start_date": "2026-06-16", "type": "start_date" }, "prices": { "input_mtok": 1.5, "cache_read_mtok": 0.15, "output_mtok": 7.5 } }] }, { "id": "mistral-nemo", "name": "Mistral NeMo", "description": "A 12B parameter model with a 128k token context length built by Mistral in collaboration with NVIDIA.", "match": { "or": [{ "equals": "mistral-nemo" }, { "equals": "open-mistral-nemo" }] }, "prices": { "input_mtok": 0.15, "output_mtok": 0.15 } }, { "id": "mistral-nemo:free", "name": "Mistral Nemo (free)", "description": "A 12B parameter model with a 128k token context length built by Mistral in collaboration with NVIDIA.", "match": { "equals": "mistral-nemo:free" }, "prices": {} }, { "id": "mistral-ocr-2503", "name": "Mistral OCR", "match": { "or": [{ "equals": "mistral-ocr-2503" }, { "equals": "mistral-ocr-2503-completion" }] }, "price_comments": "Mistral launched OCR at 1,000 pages per US dollar: https://mistral.ai/news/mistral-ocr/", "prices": { "input_document_kpages": 1 }, "deprecated": true }, { "id": "mistral-ocr-2505", "name": "Mistral OCR 2", "match": { "or": [{ "equals": "mistral-ocr-2505" }, { "equals": "mistral-ocr-2505-completion" }] }, "price_comments": "OCR 2 retained the original OCR page price and introduced structured annotations on May 22, 2025: https://docs.mistral.ai/resources/changelogs", "prices": { "input_document_kpages": 1, "input_annotated_document_kpages": 3 }, "deprecated": true }, { "id": "mistral-ocr-2512", "name": "Mistral OCR 3", "match": { "or": [{ "equals": "mistral-ocr-2512" }, { "equals": "mistral-ocr-2512-completion" }] }, "context_window": 16384, "price_comments": "https://docs.mistral.ai/models/ocr-3-25-12", "prices": { "input_document_kpages": 2, "input_annotated_document_kpages": 3 } }, { "id": "mistral-ocr-4-0", "name": "Mistral OCR 4.0", "match": { "or": [{ "equals": "mistral-ocr-4-0" }, { "equals": "mistral-ocr-4-0-completion" }] }, "context_window": 16384, "price_comments": "https://docs.mistral.ai/models/ocr-4-0", "prices": { "input_document_kpages": 4, "input_annotated_document_kpages": 5 } }, { "id": "mistral-ocr-4-1", "name": "Mistral OCR 4.1", "match": { "or": [{ "equals": "mistral-ocr-4" }, { "equals": "mistral-ocr-4-completion" }, { "equals": "mistral-ocr-4-1" }, { "equals": "mistral-ocr-4-1-completion" }] }, "context_window": 16384, "price_comments": "https://docs.mistral.ai/models/ocr-4-1", "prices": { "input_document_kpages": 4, "input_annotated_document_kpages": 5 } }, { "id": "mistral-ocr-latest", "name": "Mistral OCR Latest", "match": { "or": [{ "equals": "mistral-ocr-latest" }, { "equals": "mistral-ocr-latest-completion" }] }, "price_comments": "The latest alias moved to OCR 3 on December 18, 2025, OCR 4.0 on June 23, 2026, and OCR 4.1 on July 16, 2026. OCR 4.1 kept the OCR 4.0 rates: https://docs.mistral.ai/resources/changelogs", "prices": [{ "prices": { "input_document_kpages": 1 } }, { "constraint": { "start_date": "2025-05-22", "type": "start_date" }, "prices": { "input_document_kpages": 1, "input_annotated_document_kpages": 3 } }, { "constraint": { "start_date": "2025-12-18", "type": "start_date" }, "prices": { "input_document_kpages": 2, "input_annotated_document_kpages": 3 } }, { "constraint": { "start_date": "2026-06-23", "type": "start_date" }, "prices": { "input_document_kpages": 4, "input_annotated_document_kpages": 5 } }] }, { "id": "mistral-saba", "name": "Mistral Saba", "description": "Mistral Saba is a 24B-parameter language model specifically designed for the Middle East and South Asia, delivering accurate and contextually relevant responses while maintaining efficient performance. Trained on curated regional datasets, it supports multiple Indian-origin languages\u2014including Tamil and Malayalam\u2014alongside Arabic. This makes it a versatile option for a range of regional and multilingual applications. Read more at the blog post here", "match": { "or": [{ "equals": "mistral-saba" }, { "equals": "mistral-saba-latest" }] }, "prices": { "input_mtok": 0.2, "output_mtok": 0.6 } }, { "id": "mistral-small-24b-instruct-2501", "name": "Mistral Small 3", "description": "Mistral Small 3 is a 24B-parameter language model optimized for low-latency performance across common AI tasks. Released under the Apache 2.0 license, it features both pre-trained and instruction-tuned versions designed for efficient local deployment.", "match": { "equals": "mistral-small-24b-instruct-2501" }, "price_comments": "Can't find pricing on this model, so just trusting open router", "prices": { "input_mtok": 0.05, "output_mtok": 0.08 } }, { "id": "mistral-small-24b-instruct-2501:free", "name": "Mistral Small 3 (free)", "description": "Mistral Small 3 is a 24B-parameter language model optimized for low-latency performance across common AI tasks. Released under the Apache 2.0 license, it features both pre-trained and instruction-tuned versions designed for efficient local deployment.", "match": { "equals": "mistral-small-24b-instruct-2501:free" }, "prices": {} }, { "id": "mistral-small-2603", "name": "Mistral Small 4", "description": "Mistral Small 4 is the next major release in the Mistral Small family, unifying the capabilities of several flagship Mistral models into a single system.", "match": { "equals": "mistral-small-2603" }, "context_window": 262144, "prices": { "input_mtok": 0.15, "cache_read_mtok": 0.015, "output_mtok": 0.6 } }, { "id": "mistral-small-3.1-24b-instruct", "name": "Mistral Small 3.1 24B", "description": "Mistral Small 3.1 24B Instruct is an upgraded variant of Mistral Small 3 (2501), featuring 24 billion parameters with advanced multimodal capabilities.", "match": { "equals": "mistral-small-3.1-24b-instruct" }, "price_comments": "Imported from OpenRouter pricing; verify against Mistral pricing when native API pricing is published.", "prices": { "input_mtok": 0.351, "output_mtok": 0.555 } }, { "id": "mistral-small-3.2-24b-instruct", "name": "Mistral Small 3.2 24B", "description": "Mistral-Small-3.2-24B-Instruct-2506 is an updated 24B parameter model from Mistral optimized for instruction following, repetition reduction, and improved function calling.", "match": { "equals": "mistral-small-3.2-24b-instruct" }, "price_comments": "Imported from OpenRouter pricing; verify against Mistral pricing when native API pricing is published.", "prices": { "input_mtok": 0.075, "output_mtok": 0.2 } }, { "id": "mistral-small-latest", "name": "Mistral Small 3.2", "description": "SOTA. Multimodal. Multilingual. Apache 2.0.", "match": { "equals": "mistral-small-latest" }, "prices": { "input_mtok": 0.1, "output_mtok": 0.3 } }, { "id": "mistral-tiny", "name": "Mistral Tiny", "description": "Note: This model is being deprecated. Recommended replacement is the newer Ministral 8B", "match": { "equals": "mistral-tiny" }, "prices": { "input_mtok": 0.25, "output_mtok": 0.25 }, "deprecated": true }, { "id": "mixtral-8x22b-instruct", "name": "Mixtral 8x22B Instruct", "description": "Mistral's official instruct fine-tuned version of Mixtral 8x22B. It uses 39B active parameters out of 141B, offering unparalleled cost efficiency for its size. Its strengths include:\n- strong math, coding, and reasoning\n- large context length (64k)\n- fluency in English, French, Italian, German, and Spanish", "match": { "equals": "mixtral-8x22b-instruct" }, "prices": { "input_mtok": 0.9, "output_mtok": 0.9 } }, { "id": "mixtral-8x7b", "name": "Mixtral 8x7B", "match": { "or": [{ "starts_with": "mixtral-8x7b" }, { "equals": "open-mixtral-8x7b" }] }, "prices": { "input_mtok": 0.7, "output_mtok": 0.7 } }, { "id": "pixtral-12b", "name": "Pixtral 12B", "description": "The first multi-modal, text+image-to-text model from Mistral AI. Its weights were launched via torrent: https://x.com/mistralai/status/1833758285167722836.", "match": { "or": [{ "equals": "pixtral-12b" }, { "equals": "pixtral-12b-latest" }] }, "prices": { "input_mtok": 0.15, "output_mtok": 0.15 } }, { "id": "pixtral-large", "name": "Pixtral Large 2411", "description": "Pixtral Large is a 124B parameter, open-weight, multimodal model built on top of Mistral Large 2. The model is able to understand documents, charts and natural images.", "match": { "or": [{ "equals": "pixtral-large-latest" }, { "equals": "pixtral-large-2411" }] }, "prices": { "input_mtok": 2, "output_mtok": 6 } }, { "id": "voxtral-mini-2602", "name": "Voxtral Mini Transcribe 2", "match": { "or": [{ "equals": "voxtral-mini-latest" }, { "equals": "voxtral-mini-2602" }] }, "context_window": 16384, "price_comments": "See https://docs.mistral.ai/models/voxtral-mini-transcribe-26-02.", "prices": { "audio_hours": 0.18, "input_audio_hours": 0.18 } }, { "id": "voxtral-small-24b-2507", "name": "Voxtral Small 24B 2507", "description": "Voxtral Small is an enhancement of Mistral Small 3, incorporating state-of-the-art audio input capabilities while retaining best-in-class text performance. It excels at speech transcription, translation and audio understanding.", "match": { "or": [{ "equals": "voxtral-small-24b-2507" }, { "equals": "voxtral-small-2507" }, { "equals": "voxtral-small-latest" }] }, "context_window": 32768, "price_comments": "Mistral raised output pricing from $0.30 to $0.40 per MTok on 2026-08-11. Ref: https://github.com/mistralai/platform-docs-public/commit/1996c3f1eca754d02436a37fcc899440794a18a5", "prices": [{ "prices": { "input_mtok": 0.1, "cache_read_mtok": 0.01, "output_mtok": 0.3 } }, { "constraint": { "start_date": "2026-08-11", "type": "start_date" }, "prices": { "input_mtok": 0.1, "cache_read_mtok": 0.01, "output_mtok": 0.4 } }] }] }, { "id": "cohere", "name": "Cohere", "pricing_urls": ["https://cohere.com/pricing"], "api_pattern": "https://api\\.cohere\\.(?:ai|com)", "model_match": { "starts_with": "command-" }, "provider_match": { "contains": "cohere" }, "extractors": [{ "api_flavor": "default", "root": ["usage", "billed_units"], "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": true }, { "path": "output_tokens", "dest": "output_tokens", "required": true }] }, { "api_flavor": "tokens", "root": "usage", "model_path": "model", "mappings": [{ "path": ["tokens", "input_tokens"], "dest": "input_tokens", "required": false }, { "path": ["tokens", "output_tokens"], "dest": "output_tokens", "required": false }, { "path": "cached_tokens", "dest": "cache_read_tokens", "required": false }] }, { "api_flavor": "embeddings", "root": ["meta", "billed_units"], "model_path": "model", "mappings": [{ "path": "input_tokens", "dest": "input_tokens", "required": true }] }], "models": [{ "id": "c4ai-aya-expanse-32b", "name": "Aya Expanse 32B", "description": "Aya Expanse is a highly performant 32B multilingual model, designed to rival monolingual performance through innovations in instruction tuning with data arbitrage, preference training, and model merging. Serves 23 languages.", "match": { "contains": "aya-expanse-32b" }, "context_window": 128e3, "price_comments": "https://cohere.com/pricing FAQ: Aya Expanse models (8B and 32B) on the API are charged at $0.50/1M tokens for input and $1.50/1M tokens for output.", "prices": { "input_mtok": 0.5, "output_mtok": 1.5 } }, { "id": "c4ai-aya-expanse-8b", "name": "Aya Expanse 8B", "description": "Aya Expanse is a highly performant 8B multilingual model, designed to rival monolingual performance through innovations in instruction tuning with data arbitrage, preference training, and model merging. Serves 23 languages.", "match": { "contains": "aya-expanse-8b" }, "context_window": 8192, "price_comments": "Retired 2026-04-04 per https://docs.cohere.com/docs/models; last published price kept for historical usage. https://cohere.com/pricing FAQ: Aya Expanse models (8B and 32B) on the API are charged at $0.50/1M tokens for input and $1.50/1M tokens for output.", "prices": { "input_mtok": 0.5, "output_mtok": 1.5 }, "deprecated": true }, { "id": "command", "name": "Command", "description": "Command is an instruction-following conversational model that performs language tasks with high quality, more reliably and with a longer context than our base generative models.", "match": { "equals": "command" }, "prices": { "input_mtok": 1, "output_mtok": 2 } }, { "id": "command-a", "name": "Command A", "description": "Command A is an open-weights 111B parameter model with a 256k context window focused on delivering great performance across agentic, multilingual, and coding use cases.\nCompared to other leading proprietary and open-weights models Command A delivers maximum performance with minimum hardware costs, excelling on business-critical agentic and multilingual tasks.", "match": { "or": [{ "equals": "command-a" }, { "equals": "command-a-03-2025" }] }, "prices": { "input_mtok": 2.5, "output_mtok": 10 } }, { "id": "command-light", "name": "Command Light", "description": "A smaller, faster version of Command. Almost as capable, but a lot faster.", "match": { "starts_with": "command-light" }, "context_window": 4096, "price_comments": "Deprecated 2025-09-15 per https://docs.cohere.com/docs/models; still billable for existing customers. https://cohere.com/pricing FAQ: Command-light pricing is $0.30/1M tokens for input and $0.60/1M tokens for output.", "prices": { "input_mtok": 0.3, "output_mtok": 0.6 }, "deprecated": true }, { "id": "command-r", "name": "Command R", "description": "Command-R is a 35B parameter model that performs conversational language tasks at a higher quality, more reliably, and with a longer context than previous models. It can be used for complex workflows like code generation, retrieval augmented generation (RAG), tool use, and agents.", "match": { "or": [{ "equals": "command-r" }, { "equals": "command-r-08-2024" }] }, "prices": { "input_mtok": 0.15, "output_mtok": 0.6 } }, { "id": "command-r-plus", "name": "Command R+", "description": "Command R+ is a new, 104B-parameter LLM from Cohere. It's useful for roleplay, general consumer usecases, and Retrieval Augmented Generation (RAG).", "match": { "or": [{ "equals": "command-r-plus" }, { "equals": "command-r-plus-08-2024" }] }, "prices": { "input_mtok": 2.5, "output_mtok": 10 } }, { "id": "command-r7b", "name": "Command R7B", "description": "Command R7B (12-2024) is a small, fast update of the Command R+ model, delivered in December 2024. It excels at RAG, tool use, agents, and similar tasks requiring complex reasoning and multiple steps.", "match": { "or": [{ "equals": "command-r7b" }, { "equals": "command-r7b-12-2024" }] }, "prices": { "input_mtok": 0.0375, "output_mtok": 0.15 } }, { "id": "embed-v4.0", "name": "Embed v4.0", "description": "Embed v4.0 is a state-of-the-art embedding model designed for precise retrieval across noisy, multilingual, and multimodal data.", "match": { "equals": "embed-v4.0" }, "context_window": 128e3, "prices": { "input_mtok": 0.12 } }] }, { "id": "moonshotai", "name": "MoonshotAi", "pricing_urls": ["https://platform.kimi.ai/docs/models.md", "https://platform.kimi.ai/docs/pricing/chat-k3.md", "https://platform.kimi.ai/docs/pricing/chat-k27-code.md", "https://platform.kimi.ai/docs/pricing/chat-k26.md", "https://platform.kimi.ai/docs/pricing/chat-k25.md", "https://platform.kimi.ai/docs/pricing/chat-v1.md"], "api_pattern": "https://api\\.moonshot\\.", "model_match": { "or": [{ "starts_with": "kimi" }, { "starts_with": "moonshot" }] }, "provider_match": { "contains": "moonshot" }, "extractors": [{ "api_flavor": "chat", "root": "usage", "model_path": "model", "mappings": [{ "path": "prompt_tokens", "dest": "input_tokens", "required": true }, { "path": ["prompt_tokens_details", "cached_tokens"], "dest": "cache_read_tokens", "required": false }, { "path": ["completion_tokens_details", "reasoning_tokens"], "dest": "output_reasoning_tokens", "required": false }, { "path": "completion_tokens", "dest": "output_tokens", "required": true }] }], "models": [{ "id": "kimi-k2", "name": "Kimi K2 0711", "description": "Kimi K2 Instruct is a large-scale Mixture-of-Experts (MoE) language model developed by Moonshot AI, featuring 1 trillion total parameters with 32 billion active per forward pass.", "match": { "equals": "kimi-k2" }, "prices": { "input_mtok": 0.57, "output_mtok": 2.3 }, "deprecated": true }, { "id": "kimi-k2-0711-preview", "name": "Kimi K2 0711 Preview", "description": "MoE foundation model with exceptional coding and agent capabilities, featuring 1 trillion total parameters and 32 billion activated parameters.", "match": { "equals": "kimi-k2-0711-preview" }, "context_window": 131072, "prices": { "input_mtok": 0.6, "cache_read_mtok": 0.15, "output_mtok": 2.5 }, "deprecated": true }, { "id": "kimi-k2-0905-preview", "name": "Kimi K2 0905 Preview", "description": "Based on kimi-k2-0711-preview, with enhanced agentic coding abilities, improved frontend code quality and practicality, and better context understanding. MoE foundation model with 1 trillion total parameters and 32 billion activated parameters.", "match": { "equals": "kimi-k2-0905-preview" }, "context_window": 262144, "prices": { "input_mtok": 0.6, "cache_read_mtok": 0.15, "output_mtok": 2.5 }, "deprecated": true }, { "id": "kimi-k2-thinking", "name": "Kimi K2 Thinking", "description": "A thinking model with general agentic and reasoning capabilities, specializing in deep reasoning tasks.", "match": { "equals": "kimi-k2-thinking" }, "context_window": 262144, "prices": { "input_mtok": 0.6, "cache_read_mtok": 0.15, "output_mtok": 2.5 }, "deprecated": true }, { "id": "kimi-k2-thinking-turbo", "name": "Kimi K2 Thinking Turbo", "description": "High-speed version of kimi-k2-thinking, suitable for scenarios requiring both deep reasoning and extremely fast responses.", "match": { "equals": "kimi-k2-thinking-turbo" }, "context_window": 262144, "prices": { "input_mtok": 1.15, "cache_read_mtok": 0.15, "output_mtok": 8 }, "deprecated": true }, { "id": "kimi-k2-turbo-preview", "name": "Kimi K2 Turbo Preview", "description": "High-speed version of kimi-k2, always aligned with the latest kimi-k2. Same model parameters as kimi-k2, output speed up to 60 tokens/sec (max 100 tokens/sec).", "match": { "starts_with": "kimi-k2-turbo" }, "context_window": 262144, "prices": { "input_mtok": 1.15, "cache_read_mtok": 0.15, "output_mtok": 8 }, "deprecated": true }, { "id": "kimi-k2.5", "name": "Kimi K2.5", "description": "Kimi's most versatile model featuring a native multimodal architecture that supports both visual and text input, thinking and non-thinking modes, and dialogue and agent tasks. Supports automatic context caching, ToolCalls, JSON Mode, Partial Mode, and internet search.", "match": { "starts_with": "kimi-k2.5" }, "context_window": 262144, "prices": { "input_mtok": 0.6, "cache_read_mtok": 0.1, "output_mtok": 3 } }, { "id": "kimi-k2.6", "name": "Kimi K2.6", "description": "Kimi's most capable model with enhanced long-context coding stability, improved instruction compliance and self-correction capabilities. Native multimodal architecture supporting text, image, and video input, thinking and non-thinking modes, and agent tasks. Supports automatic context caching, ToolCalls, JSON Mode, Partial Mode, and internet search.", "match": { "starts_with": "kimi-k2.6" }, "context_window": 262144, "prices": { "input_mtok": 0.95, "cache_read_mtok": 0.16, "output_mtok": 4 } }, { "id": "kimi-k2.7-code", "name": "Kimi K2.7 Code", "description": "Kimi's most intelligent coding model, capable of completing programming tasks with higher success rates in long context. It features a native multimodal architecture that supports text, image, video input, thinking modes, dialogue, and agent tasks.", "match": { "equals": "kimi-k2.7-code" }, "context_window": 262144, "price_comments": "Ref: https://platform.kimi.ai/docs/pricing/chat-k27-code.md", "prices": { "input_mtok": 0.95, "cache_read_mtok": 0.19, "output_mtok": 4 } }, { "id": "kimi-k2.7-code-highspeed", "name": "Kimi K2.7 Code HighSpeed", "description": "High-speed version of Kimi K2.7 Code, with output speed of approximately 180 tokens/sec and up to 260 tokens/sec in short context scenarios.", "match": { "equals": "kimi-k2.7-code-highspeed" }, "context_window": 262144, "price_comments": "Ref: https://platform.kimi.ai/docs/pricing/chat-k27-code.md", "prices": { "input_mtok": 1.9, "cache_read_mtok": 0.38, "output_mtok": 8 } }, { "id": "kimi-k3", "name": "Kimi K3", "description": "Kimi's flagship reasoning model with always-on thinking, native multimodal (image and video) input, tool use, and structured output. 2.8 trillion total parameters MoE.", "match": { "equals": "kimi-k3" }, "context_window": 1048576, "price_comments": "Ref: https://platform.kimi.ai/docs/pricing/chat-k3.md", "prices": { "input_mtok": 3, "cache_read_mtok": 0.3, "output_mtok": 15 } }, { "id": "moonshot-v1-128k", "name": "Moonshot V1 128K", "match": { "or": [{ "equals": "moonshot-v1-128k" }, { "equals": "moonshot-v1-128k-vision-preview" }] }, "context_window": 131072, "prices": { "input_mtok": 2, "output_mtok": 5 } }, { "id": "moonshot-v1-32k", "name": "Moonshot V1 32K", "match": { "or": [{ "equals": "moonshot-v1-32k" }, { "equals": "moonshot-v1-32k-vision-preview" }] }, "context_window": 32768, "prices": { "input_mtok": 1, "output_mtok": 3 } }, { "id": "moonshot-v1-8k", "name": "Moonshot V1 8K", "match": { "or": [{ "equals": "moonshot-v1-8k" }, { "equals": "moonshot-v1-8k-vision-preview" }] }, "context_window": 8192, "prices": { "input_mtok": 0.2, "output_mtok": 2 } }] }];
var J = {
  audio_seconds: {
    dimensions: {
      family: "durations",
      modality: "audio"
    },
    per: 3600,
    price_key: "audio_hours"
  },
  cache_audio_read_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "audio",
      token_type: "cache_read"
    },
    per: 1e6,
    price_key: "cache_audio_read_mtok"
  },
  cache_audio_write_1h_tokens: {
    dimensions: {
      cache_ttl: "1h",
      direction: "input",
      family: "tokens",
      modality: "audio",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_audio_write_1h_mtok"
  },
  cache_audio_write_5m_tokens: {
    dimensions: {
      cache_ttl: "5m",
      direction: "input",
      family: "tokens",
      modality: "audio",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_audio_write_5m_mtok"
  },
  cache_audio_write_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "audio",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_audio_write_mtok"
  },
  cache_image_read_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "image",
      token_type: "cache_read"
    },
    per: 1e6,
    price_key: "cache_image_read_mtok"
  },
  cache_image_write_1h_tokens: {
    dimensions: {
      cache_ttl: "1h",
      direction: "input",
      family: "tokens",
      modality: "image",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_image_write_1h_mtok"
  },
  cache_image_write_5m_tokens: {
    dimensions: {
      cache_ttl: "5m",
      direction: "input",
      family: "tokens",
      modality: "image",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_image_write_5m_mtok"
  },
  cache_image_write_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "image",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_image_write_mtok"
  },
  cache_read_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      token_type: "cache_read"
    },
    per: 1e6,
    price_key: "cache_read_mtok"
  },
  cache_text_read_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "text",
      token_type: "cache_read"
    },
    per: 1e6,
    price_key: "cache_text_read_mtok"
  },
  cache_text_write_1h_tokens: {
    dimensions: {
      cache_ttl: "1h",
      direction: "input",
      family: "tokens",
      modality: "text",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_text_write_1h_mtok"
  },
  cache_text_write_5m_tokens: {
    dimensions: {
      cache_ttl: "5m",
      direction: "input",
      family: "tokens",
      modality: "text",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_text_write_5m_mtok"
  },
  cache_text_write_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "text",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_text_write_mtok"
  },
  cache_video_read_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "video",
      token_type: "cache_read"
    },
    per: 1e6,
    price_key: "cache_video_read_mtok"
  },
  cache_video_write_1h_tokens: {
    dimensions: {
      cache_ttl: "1h",
      direction: "input",
      family: "tokens",
      modality: "video",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_video_write_1h_mtok"
  },
  cache_video_write_5m_tokens: {
    dimensions: {
      cache_ttl: "5m",
      direction: "input",
      family: "tokens",
      modality: "video",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_video_write_5m_mtok"
  },
  cache_video_write_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "video",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_video_write_mtok"
  },
  cache_write_1h_tokens: {
    dimensions: {
      cache_ttl: "1h",
      direction: "input",
      family: "tokens",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_write_1h_mtok"
  },
  cache_write_5m_tokens: {
    dimensions: {
      cache_ttl: "5m",
      direction: "input",
      family: "tokens",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_write_5m_mtok"
  },
  cache_write_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      token_type: "cache_write"
    },
    per: 1e6,
    price_key: "cache_write_mtok"
  },
  code_executions: {
    dimensions: {
      family: "tool_calls",
      tool_type: "code_execution"
    },
    per: 1e3,
    price_key: "code_executions_kcount"
  },
  input_annotated_document_pages: {
    dimensions: {
      direction: "input",
      family: "document_pages",
      page_type: "annotated"
    },
    per: 1e3,
    price_key: "input_annotated_document_kpages"
  },
  input_audio_seconds: {
    dimensions: {
      direction: "input",
      family: "durations",
      modality: "audio"
    },
    per: 3600,
    price_key: "input_audio_hours"
  },
  input_audio_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "audio"
    },
    per: 1e6,
    price_key: "input_audio_mtok"
  },
  input_audio_tool_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "audio",
      token_type: "tool"
    },
    per: 1e6,
    price_key: "input_audio_tool_mtok"
  },
  input_characters: {
    dimensions: {
      direction: "input",
      family: "characters"
    },
    per: 1e6,
    price_key: "input_mchars"
  },
  input_document_pages: {
    dimensions: {
      direction: "input",
      family: "document_pages"
    },
    per: 1e3,
    price_key: "input_document_kpages"
  },
  input_image_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "image"
    },
    per: 1e6,
    price_key: "input_image_mtok"
  },
  input_image_tool_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "image",
      token_type: "tool"
    },
    per: 1e6,
    price_key: "input_image_tool_mtok"
  },
  input_pixels: {
    dimensions: {
      direction: "input",
      family: "pixels"
    },
    per: 1e9,
    price_key: "input_gpixels"
  },
  input_text_messages: {
    dimensions: {
      direction: "input",
      family: "messages",
      modality: "text"
    },
    per: 1e3,
    price_key: "input_text_messages_kcount"
  },
  input_text_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "text"
    },
    per: 1e6,
    price_key: "input_text_mtok"
  },
  input_text_tool_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "text",
      token_type: "tool"
    },
    per: 1e6,
    price_key: "input_text_tool_mtok"
  },
  input_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens"
    },
    per: 1e6,
    price_key: "input_mtok"
  },
  input_tool_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      token_type: "tool"
    },
    per: 1e6,
    price_key: "input_tool_mtok"
  },
  input_video_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "video"
    },
    per: 1e6,
    price_key: "input_video_mtok"
  },
  input_video_tool_tokens: {
    dimensions: {
      direction: "input",
      family: "tokens",
      modality: "video",
      token_type: "tool"
    },
    per: 1e6,
    price_key: "input_video_tool_mtok"
  },
  output_audio_citation_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "audio",
      token_type: "citation"
    },
    per: 1e6,
    price_key: "output_audio_citation_mtok"
  },
  output_audio_reasoning_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "audio",
      token_type: "reasoning"
    },
    per: 1e6,
    price_key: "output_audio_reasoning_mtok"
  },
  output_audio_seconds: {
    dimensions: {
      direction: "output",
      family: "durations",
      modality: "audio"
    },
    per: 3600,
    price_key: "output_audio_hours"
  },
  output_audio_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "audio"
    },
    per: 1e6,
    price_key: "output_audio_mtok"
  },
  output_citation_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      token_type: "citation"
    },
    per: 1e6,
    price_key: "output_citation_mtok"
  },
  output_image_citation_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "image",
      token_type: "citation"
    },
    per: 1e6,
    price_key: "output_image_citation_mtok"
  },
  output_image_reasoning_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "image",
      token_type: "reasoning"
    },
    per: 1e6,
    price_key: "output_image_reasoning_mtok"
  },
  output_image_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "image"
    },
    per: 1e6,
    price_key: "output_image_mtok"
  },
  output_reasoning_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      token_type: "reasoning"
    },
    per: 1e6,
    price_key: "output_reasoning_mtok"
  },
  output_text_citation_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "text",
      token_type: "citation"
    },
    per: 1e6,
    price_key: "output_text_citation_mtok"
  },
  output_text_reasoning_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "text",
      token_type: "reasoning"
    },
    per: 1e6,
    price_key: "output_text_reasoning_mtok"
  },
  output_text_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "text"
    },
    per: 1e6,
    price_key: "output_text_mtok"
  },
  output_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens"
    },
    per: 1e6,
    price_key: "output_mtok"
  },
  output_video_citation_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "video",
      token_type: "citation"
    },
    per: 1e6,
    price_key: "output_video_citation_mtok"
  },
  output_video_reasoning_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "video",
      token_type: "reasoning"
    },
    per: 1e6,
    price_key: "output_video_reasoning_mtok"
  },
  output_video_tokens: {
    dimensions: {
      direction: "output",
      family: "tokens",
      modality: "video"
    },
    per: 1e6,
    price_key: "output_video_mtok"
  },
  requests: {
    dimensions: {
      family: "requests"
    },
    per: 1e3,
    price_key: "requests_kcount"
  },
  rerank_searches: {
    dimensions: {
      family: "rerank"
    },
    per: 1e3,
    price_key: "rerank_searches_kcount"
  },
  social_searches: {
    dimensions: {
      family: "tool_calls",
      tool_type: "social_search"
    },
    per: 1e3,
    price_key: "social_searches_kcount"
  },
  storage_searches: {
    dimensions: {
      family: "tool_calls",
      tool_type: "storage_search"
    },
    per: 1e3,
    price_key: "storage_searches_kcount"
  },
  web_searches: {
    dimensions: {
      family: "tool_calls",
      tool_type: "web_search"
    },
    per: 1e3,
    price_key: "web_searches_kcount"
  }
};
var Y = class {
  #a;
  #i;
  #o;
  #t;
  #e;
  #n;
  #s;
  constructor(t) {
    this.#o = /* @__PURE__ */ new Map(), this.#a = /* @__PURE__ */ new Set(), this.#i = /* @__PURE__ */ new Set(), this.#t = /* @__PURE__ */ new Set(), this.#e = /* @__PURE__ */ new Map(), this.#n = /* @__PURE__ */ new Map(), this.#s = /* @__PURE__ */ new Map();
    for (const [a, i] of Object.entries(t)) {
      const o = i.price_key ?? a, n = Object.freeze({
        dimensions: Object.freeze({ ...i.dimensions }),
        per: i.per,
        priceKey: o,
        usageKey: a
      });
      this.#a.add(o), this.#i.add(a), this.#e.set(a, n), this.#s.set(o, n), this.#n.set(z(n.dimensions), n);
    }
    for (const [a, i] of this.#e)
      this.#o.set(
        a,
        new Set(
          [...this.#e.values()].filter((o) => o !== i && $(o, i)).map((o) => o.usageKey)
        )
      ), a !== "requests" && this.#t.add(a);
  }
  ancestorUsageKeys(t) {
    const a = this.#o.get(t);
    if (!a)
      throw new Error(`Unknown unit usage key: ${t}`);
    return new Set(a);
  }
  findJoin(t, a) {
    if (Q(t, a))
      return this.#n.get(z({ ...t.dimensions, ...a.dimensions }));
  }
  getAllPriceKeys() {
    return new Set(this.#a);
  }
  getAllUsageKeys() {
    return new Set(this.#i);
  }
  getUnit(t) {
    return this.#e.get(t);
  }
  getUnitForPriceKey(t) {
    return this.#s.get(t);
  }
  isReportedUsageKey(t) {
    return this.#t.has(t);
  }
  reportedUsageKeys() {
    return this.#t.values();
  }
};
var X = new Y(J);
function g() {
  return X;
}
function z(e) {
  return JSON.stringify(Object.entries(e).sort(([t], [a]) => t.localeCompare(a)));
}
function $(e, t) {
  return Object.entries(e.dimensions).every(([a, i]) => t.dimensions[a] === i);
}
function U(e, t) {
  return $(e, t);
}
function Q(e, t) {
  return Object.entries(e.dimensions).every(([a, i]) => t.dimensions[a] === void 0 || t.dimensions[a] === i);
}
var F = /* @__PURE__ */ new WeakMap();
function ee(e, t = g()) {
  const a = F.get(e), i = Object.keys(e).filter((o) => !t.isReportedUsageKey(o) && !a?.has(o)).sort();
  if (i.length) {
    const o = a ?? /* @__PURE__ */ new Set();
    for (const n of i) o.add(n);
    F.set(e, o), console.warn(`Unsupported usage key for standard pricing: ${i.join(", ")}`);
  }
}
function te(e, t = g()) {
  if (!ae(e)) return {};
  const a = {};
  for (const i of t.reportedUsageKeys()) {
    const o = e[i];
    typeof o == "number" && (a[i] = b(i, o));
  }
  return a;
}
function B(e, t, a = g()) {
  const i = oe(a, t), o = M(t, e[t]);
  if (o !== void 0) return o;
  for (const [s, m] of Object.entries(e)) {
    const r = D(a, s);
    if (!(!r || (M(s, m) ?? 0) <= 0) && s !== t && a.ancestorUsageKeys(r.usageKey).has(t))
      throw new Error(`Missing usage value for ${t} with positive reported descendant ${s}`);
  }
  const n = Object.entries(e).map(([s, m]) => {
    const r = D(a, s);
    return r && (M(s, m) ?? 0) > 0 ? r : void 0;
  }).filter((s) => s !== void 0);
  for (let s = 0; s < n.length; s++)
    for (let m = s + 1; m < n.length; m++) {
      const r = n[s], c = n[m];
      if (!(!r || !c || !Q(r, c) || ie(a, r, c)) && a.findJoin(r, c) === i)
        throw new Error(`Missing usage value for ${t} with positive reported overlap ${r.usageKey} and ${c.usageKey}`);
    }
  return 0;
}
function M(e, t) {
  if (t !== void 0) {
    if (typeof t != "number")
      throw new Error(`Invalid usage value for ${e}: expected a finite non-negative number`);
    return b(e, t);
  }
}
function b(e, t) {
  if (!Number.isFinite(t) || t < 0)
    throw new Error(`Invalid usage value for ${e}: expected a finite non-negative number`);
  return t;
}
function ae(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
function ie(e, t, a) {
  return t === a || e.ancestorUsageKeys(a.usageKey).has(t.usageKey) || e.ancestorUsageKeys(t.usageKey).has(a.usageKey);
}
function oe(e, t) {
  const a = e.getUnit(t);
  if (!a)
    throw new Error(`Unknown unit usage key: ${t}`);
  if (!e.isReportedUsageKey(t))
    throw new Error(`Unsupported usage key for standard pricing: ${t}`);
  return a;
}
function D(e, t) {
  return e.isReportedUsageKey(t) ? e.getUnit(t) : void 0;
}
function ne(e, t, a = g()) {
  const i = [...e].map((n) => a.getUnit(n)).filter((n) => n !== void 0).sort(
    (n, s) => Object.keys(s.dimensions).length - Object.keys(n.dimensions).length || n.usageKey.localeCompare(s.usageKey)
  ), o = {};
  for (const n of i) {
    const s = B(t, n.usageKey, a);
    let m = 0;
    for (const p of i) {
      if (p === n || !U(n, p)) continue;
      const l = o[p.usageKey];
      if (l === void 0)
        throw new Error(`Missing computed leaf value for ${p.usageKey}`);
      m += l;
    }
    let r = s - m;
    const c = Number.EPSILON * Math.max(1, Math.abs(s), Math.abs(m)) * (i.length + 1);
    if (r < 0 && Math.abs(r) <= c && (r = 0), r < 0)
      throw new Error(se(n, i, t, r, a));
    o[n.usageKey] = r;
  }
  return o;
}
function se(e, t, a, i, o) {
  const n = B(a, e.usageKey, o), s = t.filter((c) => c !== e && U(e, c)).map((c) => ({
    unit: c,
    value: B(a, c.usageKey, o)
  })).filter(({ value: c }) => c > 0);
  for (const c of s)
    if (c.value > n)
      return `Invalid usage data: ${c.unit.usageKey} (${c.value.toString()}) cannot exceed ${e.usageKey} (${n.toString()})`;
  const m = s.map(({ unit: c }) => c.usageKey).join(", "), r = n - i;
  return `Invalid usage data: more-specific usage for ${m} totals ${r.toString()}, which exceeds ${e.usageKey} (${n.toString()})`;
}
function A(e) {
  const t = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(e);
  if (!t) throw new Error(`Invalid time-of-day constraint: ${e}`);
  const [, a, i, o, n = "", s, m, r = "00", c = "00"] = t, p = Number(a), l = Number(i), u = Number(o), d = (Number(r) * 60 + Number(c)) * 60;
  if (p > 23 || l > 59 || u > 59 || r > "23" || c > "59")
    throw new Error(`Invalid time-of-day constraint: ${e}`);
  const _ = p * 3600 + l * 60 + u + +`0.${n}`, Z = s === "Z" ? 0 : m === "+" ? d : -d;
  return (_ - Z + 86400) % 86400;
}
var re = class {
  base;
  tiers;
  constructor(t) {
    this.base = t.base, this.tiers = [...t.tiers].sort((a, i) => a.start - i.start);
  }
};
var I = /* @__PURE__ */ new WeakMap();
function ce(e, t) {
  const a = new Set(e.map((i) => i.priceKey));
  for (const i of e) {
    const o = t.ancestorUsageKeys(i.usageKey);
    for (const n of o) {
      const s = t.getUnit(n);
      if (s && !a.has(s.priceKey))
        throw new Error(`Missing ancestor price key ${s.priceKey} for ${i.priceKey}`);
    }
  }
}
function me(e, t) {
  const a = new Set(e.map((i) => i.priceKey));
  for (let i = 0; i < e.length; i++)
    for (let o = i + 1; o < e.length; o++) {
      const n = e[i], s = e[o];
      if (!n || !s || !Q(n, s)) continue;
      const m = t.findJoin(n, s);
      if (!m)
        throw new Error(`Missing registered join unit for ${n.priceKey} and ${s.priceKey}`);
      if (!a.has(m.priceKey))
        throw new Error(`Missing join price key ${m.priceKey} for ${n.priceKey} and ${s.priceKey}`);
    }
}
function pe(e, t) {
  ce(e, t), me(e, t);
}
function j(e, t = g()) {
  const a = /* @__PURE__ */ new Set();
  for (const i of e)
    for (const o of i.extractors ?? [])
      for (const n of o.mappings)
        if (!t.isReportedUsageKey(n.dest) && !I.get(i)?.has(n.dest)) {
          a.add(n.dest);
          const s = I.get(i) ?? /* @__PURE__ */ new Set();
          s.add(n.dest), I.set(i, s);
        }
  a.size && console.warn(`Unsupported extractor destination for standard extraction: ${[...a].sort().join(", ")}`);
}
function ue(e, t) {
  const a = [], i = [];
  for (const [o, n] of Object.entries(e)) {
    if (n === void 0) continue;
    const s = t.getUnitForPriceKey(o);
    if (!s) {
      i.push(o);
      continue;
    }
    a.push({ price: le(o, n), unit: s });
  }
  return i.length && console.warn(`Unsupported price key for standard pricing: ${i.sort().join(", ")}`), a;
}
function le(e, t) {
  if (G(t)) return t;
  if (!V(t) || !G(t.base) || !Array.isArray(t.tiers))
    throw L(e);
  const a = [];
  for (const i of t.tiers) {
    if (!V(i)) throw L(e);
    const { price: o, start: n } = i;
    if (typeof n != "number" || !Number.isSafeInteger(n) || n < 0 || !G(o))
      throw L(e);
    a.push({ price: o, start: n });
  }
  return new re({ base: t.base, tiers: a });
}
function L(e) {
  return new Error(`Invalid price value for ${e}: expected a finite non-negative number or valid tiered prices`);
}
function V(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
function G(e) {
  return typeof e == "number" && Number.isFinite(e) && e >= 0;
}
function de(e, t, a) {
  if (t <= 0) return 0;
  let i = e.base;
  for (const o of e.tiers)
    a > o.start && (i = o.price);
  return i * t / 1e6;
}
function _e(e, t, a, i) {
  return e === void 0 || t === void 0 ? 0 : typeof e == "number" ? e * t / i : de(e, t, a) * 1e6 / i;
}
function he(e, t, a = g()) {
  ee(e, a);
  const i = ue(t, a);
  pe(
    i.map(({ unit: u }) => u),
    a
  );
  let o = 0, n = 0, s = 0;
  const r = i.some(({ price: u }) => ke(u)) ? B(e, "input_tokens", a) : 0, c = new Set(i.filter(({ unit: u }) => u.usageKey !== "requests").map(({ unit: u }) => u.usageKey)), p = ne(c, e, a);
  i.some(({ unit: u }) => u.usageKey === "requests") && (p.requests = 1);
  for (const { price: u, unit: d } of i) {
    const _ = _e(u, p[d.usageKey] ?? 0, r, d.per);
    d.dimensions.direction === "input" ? o += _ : d.dimensions.direction === "output" ? n += _ : s += _;
  }
  const l = o + n + s;
  return {
    input_price: o,
    output_price: n,
    total_price: l
  };
}
function ke(e) {
  return typeof e == "object";
}
function ge(e) {
  return typeof e == "object" && e !== null && "type" in e && e.type === "time_of_date";
}
function we(e, t) {
  if (!Array.isArray(e.prices))
    return e.prices;
  if (Number.isNaN(t.getTime()))
    throw new RangeError("Invalid time value");
  for (let a = e.prices.length - 1; a >= 0; a--) {
    const i = e.prices[a], o = i.constraint;
    if (o === void 0)
      return i.prices;
    if (o.type === "start_date") {
      if (t >= new Date(o.start_date))
        return i.prices;
    } else if (ge(o)) {
      const n = t.getUTCHours() * 3600 + t.getUTCMinutes() * 60 + t.getUTCSeconds() + t.getUTCMilliseconds() / 1e3, s = A(o.start_time), m = A(o.end_time);
      if (m < s) {
        if (n >= s || n < m)
          return i.prices;
      } else if (n >= s && n < m)
        return i.prices;
    } else
      throw new Error(`Unknown price constraint for model '${e.id}': ${JSON.stringify(o)}`);
  }
  return e.prices[0].prices;
}
function f(e, t) {
  return "or" in e ? e.or.some((a) => f(a, t)) : "and" in e ? e.and.every((a) => f(a, t)) : "equals" in e ? t.toLowerCase() === e.equals.toLowerCase() : "starts_with" in e ? t.toLowerCase().startsWith(e.starts_with.toLowerCase()) : "ends_with" in e ? t.toLowerCase().endsWith(e.ends_with.toLowerCase()) : "contains" in e ? t.toLowerCase().includes(e.contains.toLowerCase()) : "regex" in e ? new RegExp(e.regex).test(t) : false;
}
function qe(e, t) {
  const a = t.toLowerCase().trim(), i = e.find((o) => o.id === a);
  return i || e.find((o) => o.provider_match && f(o.provider_match, a));
}
function S(e, { modelId: t, providerApiUrl: a, providerId: i }) {
  if (i) {
    const o = qe(e, i);
    if (o || i.toLowerCase() !== "litellm")
      return o;
  }
  if (a)
    return e.find((o) => new RegExp(`^(?:${o.api_pattern})`).test(a));
  if (t)
    return e.find((o) => o.model_match && f(o.model_match, t));
}
function fe(e, t) {
  return e.find((a) => f(a.match, t));
}
var be = /(-)(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=-|:|$)/g;
function xe(e) {
  return e.replace(be, (t, a, i, o, n) => {
    const s = new Date(Date.UTC(Number(i), Number(o) - 1, Number(n)));
    return s.getUTCFullYear() !== Number(i) || s.getUTCMonth() !== Number(o) - 1 || s.getUTCDate() !== Number(n) ? t : `${a}${i}-${o}-${n}`;
  });
}
function ve(e, t, a) {
  const i = C(e, t, a);
  if (i) return i;
  const o = xe(t);
  if (o !== t) return C(e, o, a);
}
function C(e, t, a) {
  const i = fe(e.models, t);
  if (i) return i;
  if (e.fallback_model_providers && a)
    for (const o of e.fallback_model_providers) {
      const n = a.find((s) => s.id === o);
      if (n) {
        const s = C(n, t);
        if (s) return s;
      }
    }
}
var ye = "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json";
var k = E;
var q = Promise.resolve(E);
var R = null;
function Be(e) {
  if (e !== null)
    if (typeof e == "object" && "then" in e) {
      const t = e.then((a) => a === null || q !== t ? k : O(a)).catch((a) => {
        throw q === t && (q = Promise.resolve(k)), a;
      });
      t.catch((a) => {
        console.warn(
          `genai-prices: provider data update rejected; keeping previously active data: ${a instanceof Error ? a.message : String(a)}`
        );
      }), q = t;
    } else
      q = Promise.resolve(O(e));
}
function O(e) {
  if (!Array.isArray(e))
    throw new Error("Expected null or Provider[]");
  const t = e.map(H);
  return j(t), k = t, t;
}
function H(e) {
  return {
    ...e,
    models: e.models.map((t) => ({
      ...t,
      prices: Array.isArray(t.prices) ? t.prices.map((a) => Me(a, e.id, t.id)) : t.prices
    }))
  };
}
function Me(e, t, a) {
  const i = e.constraint;
  if (i === void 0)
    return { prices: e.prices };
  if (!Ie(i))
    throw T(i, t, a);
  if (i.type !== void 0) {
    if (i.type === "start_date" && v(i, ["start_date", "type"]) && K(i.start_date) || i.type === "time_of_date" && v(i, ["end_time", "start_time", "type"]) && y(i.start_time) && y(i.end_time))
      return e;
    throw T(i, t, a);
  }
  if (v(i, ["start_date"]) && K(i.start_date))
    return {
      constraint: { start_date: i.start_date, type: "start_date" },
      prices: e.prices
    };
  if (v(i, ["end_time", "start_time"]) && y(i.start_time) && y(i.end_time))
    return {
      constraint: {
        end_time: i.end_time,
        start_time: i.start_time,
        type: "time_of_date"
      },
      prices: e.prices
    };
  throw T(i, t, a);
}
function T(e, t, a) {
  return new Error(
    `Expected a start-date or time-of-day price constraint for provider '${t}' model '${a}', got: ${JSON.stringify(e)}`
  );
}
function K(e) {
  if (typeof e != "string" || !/^\d{4}-\d{2}-\d{2}$/.test(e))
    return false;
  const t = /* @__PURE__ */ new Date(`${e}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.getUTCFullYear() >= 1 && t.toISOString().startsWith(e);
}
function v(e, t) {
  const a = Object.keys(e);
  return a.length === t.length && a.every((i) => t.includes(i));
}
function y(e) {
  if (typeof e != "string")
    return false;
  try {
    return A(e), true;
  } catch {
    return false;
  }
}
function Ie(e) {
  return typeof e == "object" && e !== null && !Array.isArray(e);
}
function Le(e) {
  R = e;
}
function Ae(e) {
  e({
    onCalc: Le,
    remoteDataUrl: ye,
    setProviderData: Be
  });
}
function Se() {
  return q;
}
function Ce(e, t, a) {
  R?.();
  let i = t.toLowerCase().trim(), o = a?.providerId;
  if (o && o.toLowerCase() === "litellm" && i.includes("/")) {
    const l = i.indexOf("/"), u = i.slice(0, l), d = i.slice(l + 1);
    u && d && S(k, { providerId: u }) && (o = u, i = d);
  }
  const n = a?.provider ? H(a.provider) : S(k, { modelId: i, providerApiUrl: a?.providerApiUrl, providerId: o });
  if (!n) return null;
  const s = ve(n, i, k);
  if (!s) return null;
  const m = a?.timestamp ?? /* @__PURE__ */ new Date(), r = we(s, m);
  let c = e;
  if (n.id === "groq" && (s.id === "whisper-large-v3" || s.id === "whisper-large-v3-turbo")) {
    c = { ...e };
    const l = c.audio_seconds, u = c.input_audio_seconds;
    l !== void 0 && b("audio_seconds", l), u !== void 0 && b("input_audio_seconds", u);
    const d = l === 0 ? u : l ?? u;
    if (d !== void 0) {
      const _ = d > 0 ? Math.max(d, 10) : 0;
      c.audio_seconds = _, c.input_audio_seconds = _;
    }
  }
  const p = he(c, r);
  return {
    auto_update_timestamp: void 0,
    model: s,
    model_price: r,
    provider: n,
    ...p
  };
}
function Qe(e) {
  return R?.(), S(k, e);
}
function Re(e, t, a) {
  a = a ?? "default";
  const i = g();
  if (!e.extractors)
    throw new Error("No extraction logic defined for this provider");
  j([e], i);
  const o = e.extractors.find((p) => p.api_flavor === a);
  if (!o) {
    const p = e.extractors.map((l) => l.api_flavor).join(", ");
    throw new Error(`Unknown apiFlavor '${a}', allowed values: ${p}`);
  }
  if (!x.guard(t))
    throw new Error(`Expected response data to be a mapping object, got ${h(t)}`);
  const n = P(o.model_path, t, Te, false, []), s = W(o.root), m = P(s, t, x, true, []), r = {};
  let c = 0;
  for (const p of o.mappings) {
    if (!i.isReportedUsageKey(p.dest)) continue;
    c += 1;
    const l = P(p.path, m, Pe, p.required, s);
    if (l !== null) {
      const u = b(p.dest, l), d = r[p.dest] ?? 0;
      r[p.dest] = d + u;
    }
  }
  if (c && !Object.keys(r).length)
    throw new Error(`No usage information found at ${JSON.stringify(o.root)}`);
  return { model: n, usage: te(r, i) };
}
function P(e, t, a, i, o) {
  const [n, ...s] = W(e).reverse();
  if (typeof n != "string")
    throw new Error(`Expected last step of path to be a string, got ${h(n)}`);
  s.reverse();
  let m = t;
  const r = [];
  for (const p of s) {
    if (r.push(p), typeof p == "object")
      if (Array.isArray(m))
        m = Ge(p, m);
      else {
        if (i)
          throw new Error(`Expected \`${w(o, r)}\` value to be a mapping, got ${h(m)}`);
        return null;
      }
    else if (x.guard(m))
      m = m[p];
    else {
      if (i)
        throw new Error(`Expected \`${w(o, r)}\` value to be a mapping, got ${h(m)}`);
      return null;
    }
    if (typeof m > "u")
      if (i) {
        const l = typeof p == "object" ? "Unable to find item" : "Missing value";
        throw new Error(`${l} at \`${w(o, r)}\``);
      } else
        return null;
  }
  if (!x.guard(m)) {
    if (i)
      throw new Error(`Expected \`${w(o, r)}\` value to be a mapping, got ${h(m)}`);
    return null;
  }
  const c = m[n];
  if (typeof c > "u") {
    if (i)
      throw r.push(n), new Error(`Missing value at \`${w(o, r)}\``);
    return null;
  }
  if (a.guard(c))
    return c;
  if (i)
    throw r.push(n), new Error(`Expected \`${w(o, r)}\` value to be a ${a.name}, got ${h(c)}`);
  return null;
}
function Ge(e, t) {
  for (const a of t)
    if (x.guard(a)) {
      const i = a[e.field];
      if (typeof i == "string" && f(e.match, i))
        return a;
    }
}
function W(e) {
  return Array.isArray(e) ? [...e] : [e];
}
function h(e) {
  return e === null ? "null" : Array.isArray(e) ? "array" : typeof e == "object" ? "mapping" : typeof e;
}
var x = {
  guard: (e) => h(e) === "mapping",
  name: "mapping"
};
var Te = {
  guard: (e) => typeof e == "string",
  name: "string"
};
var Pe = {
  guard: (e) => typeof e == "number",
  name: "number"
};
var w = (e, t) => [...e.map(N), ...t.map(N)].join(".");
var N = (e) => typeof e == "string" ? e : JSON.stringify(e);
export {
  ye as REMOTE_DATA_JSON_URL,
  re as TieredPrices,
  Ce as calcPrice,
  Re as extractUsage,
  Qe as findProvider,
  Ae as updatePrices,
  Se as waitForUpdate
};
