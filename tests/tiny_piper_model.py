"""A tiny multi-speaker Piper voice, built for the tests: a real ONNX model with Piper's signature.

No multi-speaker Piper voice ships on PyPI, so the tests build one: an ONNX graph that takes what
piper-tts feeds a VITS voice (``input`` phoneme ids [1, T], ``input_lengths`` [1], ``scales``
[noise, length, noise_w], ``sid`` [1]) and returns ``output`` audio [1, 1, N]: a sine tone
``HOP`` samples per phoneme id times the length scale, at a pitch set by the speaker id
(``frequency(sid)``). piper-tts phonemizes and runs it exactly as a downloaded voice, so a
render through ficaudio shows which speaker id reached the model by the pitch of each clip.
The .onnx.json is the bundled voice's (its phoneme map) with three named speakers.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

HOP = 256
BASE_HZ, STEP_HZ = 200.0, 150.0
SAMPLE_RATE = 22050
SPEAKERS = {"ada": 0, "ben": 1, "cyd": 2}


def frequency(speaker_id: int) -> float:
    return BASE_HZ + STEP_HZ * speaker_id


def build(path: Path, bundled_config: Path) -> Path:
    """Write the model to ``path`` and its config to ``path``.json; returns ``path``."""
    from onnx import TensorProto, checker, helper

    const = helper.make_tensor
    nodes = [
        helper.make_node("Cast", ["input_lengths"], ["len_f"], to=TensorProto.FLOAT),
        helper.make_node("Gather", ["scales", "one_idx"], ["length_scale"], axis=0),
        helper.make_node("Mul", ["len_f", "length_scale"], ["len_scaled"]),
        helper.make_node("Mul", ["len_scaled", "hop"], ["samples_f"]),
        helper.make_node("Cast", ["samples_f"], ["samples_1"], to=TensorProto.INT64),
        helper.make_node("Squeeze", ["samples_1"], ["samples"]),
        helper.make_node("Range", ["zero", "samples", "step"], ["index"]),
        helper.make_node("Cast", ["index"], ["t"], to=TensorProto.FLOAT),
        helper.make_node("Cast", ["sid"], ["sid_f"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["sid_f", "step_hz"], ["sid_hz"]),
        helper.make_node("Add", ["sid_hz", "base_hz"], ["hz"]),
        helper.make_node("Mul", ["hz", "radians_per_sample"], ["omega"]),
        helper.make_node("Mul", ["t", "omega"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["wave"]),
        helper.make_node("Mul", ["wave", "amplitude"], ["audio"]),
        helper.make_node("Reshape", ["audio", "out_shape"], ["output"]),
    ]
    constants = [
        const("one_idx", TensorProto.INT64, [1], [1]),
        const("hop", TensorProto.FLOAT, [1], [float(HOP)]),
        const("zero", TensorProto.INT64, [], [0]),
        const("step", TensorProto.INT64, [], [1]),
        const("step_hz", TensorProto.FLOAT, [1], [STEP_HZ]),
        const("base_hz", TensorProto.FLOAT, [1], [BASE_HZ]),
        const("radians_per_sample", TensorProto.FLOAT, [1], [2 * math.pi / SAMPLE_RATE]),
        const("amplitude", TensorProto.FLOAT, [1], [0.5]),
        const("out_shape", TensorProto.INT64, [3], [1, 1, -1]),
    ]
    graph = helper.make_graph(
        nodes, "tiny-multi-speaker-piper",
        [helper.make_tensor_value_info("input", TensorProto.INT64, [1, "phonemes"]),
         helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
         helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3]),
         helper.make_tensor_value_info("sid", TensorProto.INT64, [1])],
        [helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, "samples"])],
        initializer=constants,
    )
    # ir_version 8 / opset 17: old enough for any onnxruntime piper-tts supports.
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)
    checker.check_model(model)
    path.write_bytes(model.SerializeToString())
    config = json.loads(Path(bundled_config).read_text(encoding="utf-8"))
    config.update(num_speakers=len(SPEAKERS), speaker_id_map=SPEAKERS, dataset="tiny")
    config["audio"] = {"sample_rate": SAMPLE_RATE, "quality": "x_low"}
    Path(f"{path}.json").write_text(json.dumps(config), encoding="utf-8")
    return path


def tone_hz(samples, rate: int, floor: int = 500) -> float:
    """The pitch of a tone from its zero crossings, over the 10 ms blocks louder than ``floor`` (not the gaps)."""
    block = rate // 100
    crossings = blocks = 0
    for i in range(0, len(samples) - block + 1, block):
        part = samples[i:i + block]
        if max(abs(s) for s in part) > floor:
            blocks += 1
            crossings += sum(1 for a, b in zip(part, part[1:]) if (a < 0) != (b < 0))
    return crossings / 2 / (blocks * block / rate) if blocks else 0.0
