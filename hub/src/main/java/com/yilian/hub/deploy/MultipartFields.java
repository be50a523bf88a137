package com.yilian.hub.deploy;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/** Reads one text field of a multipart request without keeping the file parts. */
final class MultipartFields {

    private MultipartFields() {
    }

    static Optional<String> read(HttpServletRequest request, String field) throws IOException {
        if (!JakartaServletFileUpload.isMultipartContent(request)) {
            throw new IOException("Content-Type is " + request.getContentType() + ", expected multipart/form-data");
        }
        FileItemInputIterator items = new JakartaServletFileUpload<DiskFileItem, DiskFileItemFactory>().getItemIterator(request);
        while (items.hasNext()) {
            FileItemInput item = items.next();
            if (item.isFormField() && field.equals(item.getFieldName())) {
                return Optional.of(new String(item.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim())
                        .filter(value -> !value.isEmpty());
            }
        }
        return Optional.empty();
    }
}
