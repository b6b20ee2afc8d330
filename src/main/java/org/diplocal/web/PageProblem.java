package org.diplocal.web;

import jakarta.ws.rs.core.Response;
import org.diplocal.http.Problem;

/** A page that cannot be shown: answered as an HTML page, or as problem+json to a client that asks for JSON. */
public class PageProblem extends RuntimeException {

    private final Problem problem;

    PageProblem(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    static PageProblem notFound(String detail) {
        return new PageProblem(Problem.of(Response.Status.NOT_FOUND, detail));
    }

    static PageProblem badRequest(String detail) {
        return new PageProblem(Problem.of(Response.Status.BAD_REQUEST, detail));
    }

    Problem problem() {
        return problem;
    }
}
