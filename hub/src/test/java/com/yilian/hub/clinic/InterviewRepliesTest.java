package com.yilian.hub.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import com.yilian.hub.security.HubUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Once a patient's message is correlated it is committed: a database error while the reply is awaited (a connection
 * cut, a failover) must not turn into an error answer, or the client sends the message again and the interview gets
 * it twice.
 */
class InterviewRepliesTest {

    @Test
    void aDatabaseErrorWhileTheReplyIsAwaitedIsWaitedOut() {
        InterviewReplies.Event question = new InterviewReplies.Event("question", Map.of("question", "发烧几天了？"));
        List<String> polls = new ArrayList<>();
        CallerEngine engine = new CallerEngine(null) {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T as(HubUser user, Supplier<T> work) {
                polls.add("poll");
                if (polls.size() <= 2) {
                    throw new CannotCreateTransactionException("connection terminated by the database");
                }
                return (T) question;
            }
        };
        InterviewReplies replies = new InterviewReplies(engine, Duration.ofSeconds(30));

        InterviewReplies.Event reply = replies.awaitReply(null, new InterviewReplies.Sent("interview-1", 3), s -> { });

        assertThat(reply).isEqualTo(question);
        assertThat(polls).as("two failed polls, then the answer").hasSize(3);
    }
}
