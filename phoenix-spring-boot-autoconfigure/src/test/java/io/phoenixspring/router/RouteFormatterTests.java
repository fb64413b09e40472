package io.phoenixspring.router;

import static io.phoenixspring.router.RouterFixtures.compile;
import static org.assertj.core.api.Assertions.assertThat;

import io.phoenixspring.conn.Conn;
import io.phoenixspring.plug.Plug;
import io.phoenixspring.router.RouterFixtures.CommentController;
import io.phoenixspring.router.RouterFixtures.PageController;
import io.phoenixspring.router.RouterFixtures.PostController;
import io.phoenixspring.router.RouterFixtures.UserController;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The route listing, byte for byte as the routing guide prints {@code mix phx.routes}, with Java class names. */
class RouteFormatterTests {

    /** Reviews outside the admin scope. */
    public static class ReviewController extends UserController {}

    /** The controllers of the admin scope, with the same simple names as others. */
    public static final class Admin {

        private Admin() {}

        public static class ImageController extends UserController {}

        public static class ReviewController extends UserController {}

        public static class UserController extends RouterFixtures.UserController {}
    }

    /** A plug to forward to. */
    static final class JobsPlug implements Plug {

        @Override
        public Conn call(Conn conn) {
            return conn;
        }
    }

    @Test
    void pageAndUsersListTheGuidesNineLines() {
        RouteTable table = compile(r -> r.scope("/", s -> {
            s.get("/", PageController.class, "index");
            s.resources("/users", UserController.class);
        }));

        assertThat(RouteFormatter.format(table.routes())).isEqualTo("""
            page_path  GET     /                PageController :index
            user_path  GET     /users           UserController :index
            user_path  GET     /users/:id/edit  UserController :edit
            user_path  GET     /users/new       UserController :new
            user_path  GET     /users/:id       UserController :show
            user_path  POST    /users           UserController :create
            user_path  PATCH   /users/:id       UserController :update
                       PUT     /users/:id       UserController :update
            user_path  DELETE  /users/:id       UserController :delete
            """);
    }

    @Test
    void onlyAndExceptListTheirRoutes() {
        RouteTable posts =
                compile(r -> r.resources("/posts", PostController.class, ResourceOptions.only("index", "show")));
        RouteTable comments =
                compile(r -> r.resources("/comments", CommentController.class, ResourceOptions.except("delete")));

        // The guide's posts excerpt pads the verbs to DELETE, the longest verb of the whole app it was cut from;
        // listed alone, as mix phx.routes computes it, the column is as wide as GET.
        assertThat(RouteFormatter.format(posts.routes())).isEqualTo("""
            post_path  GET  /posts      PostController :index
            post_path  GET  /posts/:id  PostController :show
            """);
        assertThat(RouteFormatter.format(comments.routes())).isEqualTo("""
            comment_path  GET    /comments           CommentController :index
            comment_path  GET    /comments/:id/edit  CommentController :edit
            comment_path  GET    /comments/new       CommentController :new
            comment_path  GET    /comments/:id       CommentController :show
            comment_path  POST   /comments           CommentController :create
            comment_path  PATCH  /comments/:id       CommentController :update
                          PUT    /comments/:id       CommentController :update
            """);
    }

    @Test
    void scopedHelpersAreRightAligned() {
        RouteTable table = compile(r -> {
            r.scope("/", s -> s.resources("/reviews", ReviewController.class));
            r.scope(
                    ScopeOptions.path("/admin").as("admin"),
                    admin -> admin.resources("/reviews", Admin.ReviewController.class));
        });

        assertThat(RouteFormatter.format(table.routes())).isEqualTo("""
                  review_path  GET     /reviews                 ReviewController :index
                  review_path  GET     /reviews/:id/edit        ReviewController :edit
                  review_path  GET     /reviews/new             ReviewController :new
                  review_path  GET     /reviews/:id             ReviewController :show
                  review_path  POST    /reviews                 ReviewController :create
                  review_path  PATCH   /reviews/:id             ReviewController :update
                               PUT     /reviews/:id             ReviewController :update
                  review_path  DELETE  /reviews/:id             ReviewController :delete
            admin_review_path  GET     /admin/reviews           ReviewController :index
            admin_review_path  GET     /admin/reviews/:id/edit  ReviewController :edit
            admin_review_path  GET     /admin/reviews/new       ReviewController :new
            admin_review_path  GET     /admin/reviews/:id       ReviewController :show
            admin_review_path  POST    /admin/reviews           ReviewController :create
            admin_review_path  PATCH   /admin/reviews/:id       ReviewController :update
                               PUT     /admin/reviews/:id       ReviewController :update
            admin_review_path  DELETE  /admin/reviews/:id       ReviewController :delete
            """);
    }

    @Test
    void severalResourcesInOneScopeListTheGuidesTwentyFourLines() {
        RouteTable table = compile(r -> r.scope(ScopeOptions.path("/admin").as("admin"), admin -> {
            admin.resources("/images", Admin.ImageController.class);
            admin.resources("/reviews", Admin.ReviewController.class);
            admin.resources("/users", Admin.UserController.class);
        }));

        String listing = RouteFormatter.format(table.routes());

        assertThat(listing.lines()).hasSize(24);
        assertThat(listing).isEqualTo("""
             admin_image_path  GET     /admin/images            ImageController :index
             admin_image_path  GET     /admin/images/:id/edit   ImageController :edit
             admin_image_path  GET     /admin/images/new        ImageController :new
             admin_image_path  GET     /admin/images/:id        ImageController :show
             admin_image_path  POST    /admin/images            ImageController :create
             admin_image_path  PATCH   /admin/images/:id        ImageController :update
                               PUT     /admin/images/:id        ImageController :update
             admin_image_path  DELETE  /admin/images/:id        ImageController :delete
            admin_review_path  GET     /admin/reviews           ReviewController :index
            admin_review_path  GET     /admin/reviews/:id/edit  ReviewController :edit
            admin_review_path  GET     /admin/reviews/new       ReviewController :new
            admin_review_path  GET     /admin/reviews/:id       ReviewController :show
            admin_review_path  POST    /admin/reviews           ReviewController :create
            admin_review_path  PATCH   /admin/reviews/:id       ReviewController :update
                               PUT     /admin/reviews/:id       ReviewController :update
            admin_review_path  DELETE  /admin/reviews/:id       ReviewController :delete
              admin_user_path  GET     /admin/users             UserController :index
              admin_user_path  GET     /admin/users/:id/edit    UserController :edit
              admin_user_path  GET     /admin/users/new         UserController :new
              admin_user_path  GET     /admin/users/:id         UserController :show
              admin_user_path  POST    /admin/users             UserController :create
              admin_user_path  PATCH   /admin/users/:id         UserController :update
                               PUT     /admin/users/:id         UserController :update
              admin_user_path  DELETE  /admin/users/:id         UserController :delete
            """);
    }

    @Test
    void forwardIsListedWithTheStarVerbAndNoHelper() {
        RouteTable table = compile(r -> {
            r.get("/", PageController.class, "index");
            r.forward("/jobs", new JobsPlug());
        });

        assertThat(RouteFormatter.format(table.routes())).isEqualTo("""
            page_path  GET  /      PageController :index
                       *    /jobs  JobsPlug []
            """);
    }

    @Test
    void noRoutesListNothing() {
        assertThat(RouteFormatter.format(List.of())).isEmpty();
    }
}
