{{/* Chart name, shortened to the 63 characters a label value allows. */}}
{{- define "yilian.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Resource name prefix: RELEASE-yilian, or RELEASE alone when it already says yilian. */}}
{{- define "yilian.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "yilian.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Recommended Kubernetes labels; call with (dict "ctx" $ "component" "hub"). */}}
{{- define "yilian.labels" -}}
helm.sh/chart: {{ include "yilian.chart" .ctx }}
{{ include "yilian.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: yilian
{{- with .ctx.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* The labels a Service, a NetworkPolicy or a Deployment selects pods by. */}}
{{- define "yilian.selectorLabels" -}}
app.kubernetes.io/name: {{ include "yilian.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- with .pool }}
yilian.io/pool: {{ . }}
{{- end }}
{{- end }}

{{- define "yilian.hub.fullname" -}}{{ include "yilian.fullname" . }}-hub{{- end }}
{{- define "yilian.scheduler.fullname" -}}{{ include "yilian.fullname" . }}-gpu-scheduler{{- end }}

{{- define "yilian.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end }}

{{/* Where the consortium file is mounted, as a directory so that ConfigMap edits arrive. */}}
{{- define "yilian.consortium.dir" -}}/etc/yilian/consortium{{- end }}
{{- define "yilian.consortium.path" -}}{{ include "yilian.consortium.dir" . }}/{{ .Values.consortium.fileName }}{{- end }}

{{- define "yilian.consortium.configMapName" -}}
{{- .Values.consortium.existingConfigMap | default (printf "%s-consortium" (include "yilian.fullname" .)) }}
{{- end }}

{{/* The consortium file's text when the chart owns it: from values, else the shipped example. */}}
{{- define "yilian.consortium.content" -}}
{{- .Values.consortium.content | default (.Files.Get "files/consortium.yaml") }}
{{- end }}

{{/* apiKeyEnv names of the remote pools, one per line: read from the file, or listed in values. */}}
{{- define "yilian.remoteApiKeyEnvs" -}}
{{- $names := list }}
{{- if .Values.consortium.existingConfigMap }}
{{- $names = .Values.consortium.remoteApiKeyEnvs }}
{{- else }}
{{- $file := include "yilian.consortium.content" . | fromYaml }}
{{- if hasKey $file "Error" }}
{{- fail (printf "consortium.content: not valid YAML: %s" $file.Error) }}
{{- end }}
{{- range $file.modelPools }}
{{- if and (eq (toString .kind) "remote") .apiKeyEnv }}
{{- $names = append $names .apiKeyEnv }}
{{- end }}
{{- end }}
{{- end }}
{{- range $names }}
{{ . }}
{{- end }}
{{- end }}

{{- define "yilian.database.secretName" -}}
{{- .Values.database.existingSecret | default (printf "%s-database" (include "yilian.fullname" .)) }}
{{- end }}

{{- define "yilian.remoteApiKeys.secretName" -}}
{{- .Values.remoteApiKeys.existingSecret | default (printf "%s-remote-api-keys" (include "yilian.fullname" .)) }}
{{- end }}

{{- define "yilian.hubBasicAuth.secretName" -}}
{{- .Values.serviceMonitor.hubBasicAuth.existingSecret | default (printf "%s-hub-metrics-auth" (include "yilian.fullname" .)) }}
{{- end }}

{{/* Writable directories for a read-only root file system. */}}
{{- define "yilian.tmpVolume" -}}
- name: tmp
  emptyDir: {}
{{- end }}

{{- define "yilian.consortiumVolume" -}}
- name: consortium
  configMap:
    name: {{ include "yilian.consortium.configMapName" . }}
{{- end }}

{{/* When the chart holds the consortium file, every vLLM pool must be one of its local pools, served under the
     host its endpoint names (else the scheduler calls a Service that does not exist), with as many sequences at
     once as the scheduler plans for. */}}
{{- define "yilian.checkPools" -}}
{{- if not .Values.consortium.existingConfigMap }}
{{- $file := include "yilian.consortium.content" . | fromYaml }}
{{- $local := dict }}
{{- range $file.modelPools }}
{{- if eq (toString .kind) "local" }}
{{- $_ := set $local (toString .id) . }}
{{- end }}
{{- end }}
{{- range $i, $pool := .Values.vllm.pools }}
{{- if not (hasKey $local $pool.id) }}
{{- fail (printf "vllm.pools[%d].id: %q is not a local pool of the consortium file (local pools: %s)" $i $pool.id (keys $local | sortAlpha | join ", ")) }}
{{- end }}
{{- $declared := get $local $pool.id }}
{{- $host := regexReplaceAll "^[a-z]+://([^:/]+).*$" (toString $declared.endpoint) "${1}" }}
{{- if not (or (eq $host $pool.serviceName) (hasPrefix (printf "%s." $pool.serviceName) $host)) }}
{{- fail (printf "vllm.pools[%d].serviceName: %q, but the consortium file's endpoint of %s is %s" $i $pool.serviceName $pool.id $declared.endpoint) }}
{{- end }}
{{- /* The scheduler admits up to maxConcurrentSequences per replica; vLLM must run as many at once. */}}
{{- if and $pool.maxNumSeqs $declared.maxConcurrentSequences (ne (int $pool.maxNumSeqs) (int $declared.maxConcurrentSequences)) }}
{{- fail (printf "vllm.pools[%d].maxNumSeqs: %v, but the consortium file gives %s maxConcurrentSequences %v" $i $pool.maxNumSeqs $pool.id $declared.maxConcurrentSequences) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
