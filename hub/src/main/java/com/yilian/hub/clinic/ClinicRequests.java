package com.yilian.hub.clinic;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of the clinic API. The hospital is never part of a body: it comes from the credential. */
public final class ClinicRequests {

    private ClinicRequests() {
    }

    @Schema(description = "新接诊 A new encounter")
    public record NewEncounter(
            @Schema(description = "本院患者编号 The hospital's patient id", example = "P-20261122-0042") String patientId,
            @Schema(description = "年龄（岁） Age in years", example = "54") Integer age,
            @Schema(description = "性别 Sex: F or M", example = "F") String sex,
            @Schema(description = "患者开场白 The patient's opening words", example = "医生您好，我咳嗽三天了，还有点发烧。")
            String message) {
    }

    @Schema(description = "患者的话 What the patient says")
    public record PatientText(@Schema(example = "有，晚上咳得厉害") String text) {
    }

    @Schema(description = "医生审核 A clinician's review")
    public record Review(
            @Schema(description = "任务定义键，只有一个待审任务时可省略 Task definition key; optional when one review is open",
                    example = "Task_ReviewDiagnosisMatrix") String task,
            @Schema(description = "approve | edit | reject（签署任务还可 refer） (sign-off also: refer)", example = "approve")
            String decision,
            @Schema(description = "意见 Comment") String comment,
            @Schema(description = "修改后的结果（decision=edit 时必填） The edited result, required for edit")
            JsonNode editedResult) {
    }
}
