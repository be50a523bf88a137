package com.yilian.hub.api.admin;

import com.yilian.hub.security.CurrentCaller;
import com.yilian.hub.security.HubUser;
import com.yilian.hub.tenancy.TenantDirectory;
import com.yilian.tenants.ConfigProblem;
import com.yilian.tenants.Quota;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Central IT changes a hospital's quota from the console instead of editing the consortium file by hand. The file
 * stays the only source: the change is written into it, validated like any edit, and picked up at once.
 * Only consortium IT reaches {@code /api/admin/**} (security configuration).
 */
@RestController
@RequestMapping("/api/admin/tenants")
public class TenantQuotaController {

    /** Every field is required: a quota is replaced as a whole, never half-merged with what was there. */
    public record QuotaRequest(@NotNull Double share, @NotNull Double guaranteed, @NotNull Double borrowLimit,
                               @NotNull Long dailyTokenBudget, @NotNull Integer requestsPerMinute) {
        Quota toQuota() {
            return new Quota(share, guaranteed, borrowLimit, dailyTokenBudget, requestsPerMinute);
        }
    }

    private final QuotaFileUpdater updater;
    private final TenantDirectory directory;

    public TenantQuotaController(QuotaFileUpdater updater, TenantDirectory directory) {
        this.updater = updater;
        this.directory = directory;
    }

    @PutMapping("/{tenantId}/quota")
    public ResponseEntity<?> updateQuota(@PathVariable String tenantId, @Valid @RequestBody QuotaRequest request) {
        if (directory.current().consortium().tenant(tenantId).isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "unknown-tenant", "医联体中没有医院 " + tenantId,
                    "No hospital " + tenantId + " in the consortium", List.of());
        }
        String actor = CurrentCaller.get().map(HubUser::id).orElse("unknown");
        try {
            return ResponseEntity.ok(updater.update(tenantId, request.toQuota(), actor));
        } catch (QuotaFileUpdater.Refused refused) {
            return error(HttpStatus.BAD_REQUEST, "invalid-quota", "配额修改未生效：新配置有问题，文件未改动",
                    "The quota was not changed: the new configuration has problems; the file is unchanged",
                    refused.problems());
        } catch (QuotaFileUpdater.NotWritable notWritable) {
            return error(HttpStatus.CONFLICT, "consortium-file-not-editable", "无法修改医联体配置文件："
                    + notWritable.getMessage(), "Cannot edit the consortium file: " + notWritable.getMessage(), List.of());
        }
    }

    /** Which fields are missing, rather than a bare 400. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> incomplete(MethodArgumentNotValidException e) {
        String fields = e.getBindingResult().getFieldErrors().stream().map(FieldError::getField).sorted()
                .collect(Collectors.joining(", "));
        return error(HttpStatus.BAD_REQUEST, "incomplete-quota", "配额须包含全部五项，缺少：" + fields,
                "A quota needs all five fields; missing: " + fields, List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "unreadable-quota", "请求体不是有效的配额 JSON",
                "The request body is not a quota in JSON: " + e.getMostSpecificCause().getMessage(), List.of());
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, String zh, String en,
                                                             List<ConfigProblem> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status.value());
        body.put("error", code);
        body.put("message", zh + " / " + en);
        body.put("message_zh", zh);
        body.put("message_en", en);
        body.put("problems", problems.stream().map(p -> Map.of("file", p.file(), "line", p.line(),
                "column", p.column(), "field", p.field(), "message", p.message(), "text", p.toString())).toList());
        return ResponseEntity.status(status).body(body);
    }
}
