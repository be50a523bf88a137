package com.yilian.hub.deploy;

import com.yilian.hub.security.CurrentCaller;
import com.yilian.hub.security.ErrorResponses;
import com.yilian.hub.security.HubUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks what the engine's own tenant check lets through, on both doors into the engine ({@code /engine-rest} and the
 * web apps' {@code /camunda/api/engine}): the tenant a deployment goes into (Camunda Modeler's deploy), deleting or
 * redeploying a shared deployment, and edits of people and hospitals, which belong to the consortium file.
 */
public class EngineRequestGuard extends OncePerRequestFilter {

    private static final Pattern ENGINE_PATH =
            Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)$");
    private static final Pattern IDENTITY = Pattern.compile("^/(user|group|tenant|authorization)(/.*)?$");
    private static final Pattern CREATE = Pattern.compile("^/deployment/create/?$");
    private static final Pattern EXISTING = Pattern.compile("^/deployment/([^/]+)(/redeploy)?/?$");
    private static final Pattern ADMIN_SETUP = Pattern.compile("^/camunda/api/admin/setup/.*$");

    private final RepositoryService repository;
    private final long maxDeploymentSize;

    public EngineRequestGuard(RepositoryService repository, long maxDeploymentSize) {
        this.repository = repository;
        this.maxDeploymentSize = maxDeploymentSize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean write = !request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")
                && !request.getMethod().equals("OPTIONS");
        Matcher engine = ENGINE_PATH.matcher(path);
        Optional<HubUser> caller = CurrentCaller.get();
        if (!write || caller.isEmpty() || !(engine.matches() || ADMIN_SETUP.matcher(path).matches())) {
            chain.doFilter(request, response);
            return;
        }
        String enginePath = engine.matches() ? engine.group(1) : "/user";
        if (IDENTITY.matcher(enginePath).matches()) {
            ErrorResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "identity_managed_in_consortium_file",
                    "人员、医院、角色和密码由医联体配置文件（tenants.yaml）统一管理，请联系医联体信息中心修改",
                    "People, hospitals, roles and passwords are managed in the consortium file (tenants.yaml); "
                            + "ask consortium IT to change them there");
            return;
        }
        if (CREATE.matcher(enginePath).matches() && request.getMethod().equals("POST")) {
            checkCreate(request, response, chain, caller.get());
            return;
        }
        Matcher existing = EXISTING.matcher(enginePath);
        if (existing.matches() && (request.getMethod().equals("DELETE") || existing.group(2) != null)) {
            Deployment deployment = repository.createDeploymentQuery().deploymentId(existing.group(1)).singleResult();
            if (deployment != null) {
                Optional<DeploymentTenantPolicy.Refusal> refusal =
                        DeploymentTenantPolicy.check(caller.get(), deployment.getTenantId());
                if (refusal.isPresent()) {
                    refuse(response, refusal.get());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void checkCreate(HttpServletRequest request, HttpServletResponse response, FilterChain chain, HubUser caller)
            throws IOException, ServletException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxDeploymentSize + 1));
        }
        if (body.length > maxDeploymentSize) {
            ErrorResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "deployment_too_large",
                    "部署文件超过 " + maxDeploymentSize / (1024 * 1024) + " MB 上限，请拆分后再部署",
                    "The deployment exceeds the " + maxDeploymentSize / (1024 * 1024) + " MB limit; split it into smaller deployments");
            return;
        }
        ReplayableRequest replay = new ReplayableRequest(request, body);
        Optional<String> tenantId;
        try {
            tenantId = MultipartFields.read(replay, "tenant-id");
        } catch (IOException e) {
            ErrorResponses.write(response, HttpServletResponse.SC_BAD_REQUEST, "malformed_deployment",
                    "部署请求不是有效的 multipart/form-data：" + e.getMessage(),
                    "The deployment request is not valid multipart/form-data: " + e.getMessage());
            return;
        }
        Optional<DeploymentTenantPolicy.Refusal> refusal = DeploymentTenantPolicy.check(caller, tenantId.orElse(null));
        if (refusal.isPresent()) {
            refuse(response, refusal.get());
            return;
        }
        chain.doFilter(new ReplayableRequest(request, body), response);
    }

    private static void refuse(HttpServletResponse response, DeploymentTenantPolicy.Refusal refusal) throws IOException {
        ErrorResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "deployment_not_allowed", refusal.zh(), refusal.en());
    }
}
