package org.diplocal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps each kind of failure narrowly to problem+json. There is deliberately no mapper for
 * {@code Exception}: an unexpected failure is logged by Quarkus and answered 500 without details.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<String> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ProblemMappers::describe)
                .collect(Collectors.toList());
        return Problem.of(Response.Status.BAD_REQUEST, "Some fields are not valid: " + String.join("; ", errors))
                .withErrors(errors).toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableField(InvalidFormatException e) {
        String field = fieldPath(e);
        String expected = e.getTargetType() == null ? "another form" : expectedForm(e.getTargetType());
        return Problem.of(Response.Status.BAD_REQUEST,
                "Field '" + field + "' has the value " + e.getValue() + ", which is not " + expected + ".").toResponse();
    }

    @ServerExceptionMapper
    public Response wrongShape(MismatchedInputException e) {
        String field = fieldPath(e);
        return Problem.of(Response.Status.BAD_REQUEST, field.isEmpty()
                ? "The body must be a JSON object; see /q/openapi for its fields."
                : "Field '" + field + "' has a value of the wrong kind (a list, an object, a text or a number where "
                + "another is expected); see /q/openapi for its shape.").toResponse();
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        var at = e.getLocation();
        return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON"
                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")") + ".").toResponse();
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response r = e.getResponse();
        int status = r.getStatus();
        if (status == 400 && e.getCause() instanceof MismatchedInputException shape) {
            return shape instanceof InvalidFormatException format ? unreadableField(format) : wrongShape(shape);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return Problem.of(status, "Server error", "The server could not answer this request.").toResponse();
        }
        Response.StatusType type = r.getStatusInfo();
        return Problem.of(status, type.getReasonPhrase(), webDetail(status)).toResponse();
    }

    private static String webDetail(int status) {
        return switch (status) {
            case 404 -> "Nothing is published at this address. See /q/openapi for the API and /api/officials, /api/countries, /api/topics for the feeds.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the media type asked for in Accept.";
            case 413 -> "The body is too large.";
            case 415 -> "Send the body as application/json.";
            default -> "The request could not be handled as sent.";
        };
    }

    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        int dot = path.indexOf('.');
        String field = dot >= 0 && path.indexOf('.', dot + 1) >= 0 ? path.substring(path.indexOf('.', dot + 1) + 1) : path;
        return field + " " + v.getMessage();
    }

    private static String expectedForm(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "a date of the form YYYY-MM-DD";
        }
        if (type == java.time.LocalTime.class) {
            return "a time of the form HH:MM";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.toString().toLowerCase())
                    .collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "of the expected kind";
    }
}
